
namespace Lifecycle.Domain.Projects;

public sealed class DatasetMustBeInUseRule(Dataset dataset) : IBusinessRule
{
    public bool IsBroken() => !dataset.IsInUse;

    public string Message => $"{dataset.Name} is already recorded as no longer used: nothing more to do";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Message;
}
