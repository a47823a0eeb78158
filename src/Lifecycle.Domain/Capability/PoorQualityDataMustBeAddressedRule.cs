namespace Lifecycle.Domain.Projects;

/// <summary>
/// A dataset rated poor does not go forward unnoticed: before leaving stage 3 it is improved (and
/// rated again), no longer used, or kept with a written account of how its gaps will be handled.
/// </summary>
public sealed class PoorQualityDataMustBeAddressedRule(Project project) : IBusinessRule
{
    public IReadOnlyList<string> Unaddressed => project.Datasets.Where(d => d.HasUnaddressedPoorQuality).Select(d => d.Name).ToList();

    public bool IsBroken() => Unaddressed.Count > 0;

    public string Message =>
        $"no dataset rated poor goes forward without a plan: improve and re-rate it, stop using it, or record how its poor quality will be handled ({string.Join(", ", Unaddressed)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"A dataset rated poor has no plan ({string.Join(", ", Unaddressed)}): improve and re-rate it, stop using it, or record how its poor quality will be handled";
}
