namespace Lifecycle.Domain.Projects;

public sealed class TransparencyRecordMustHaveNoGapsRule(IReadOnlyList<string> missingFields) : IBusinessRule
{
    public bool IsBroken() => missingFields.Count > 0;

    public string Message => $"every field of the transparency record is filled in ({missingFields.Count} still empty: {string.Join(", ", missingFields.Take(5))}{(missingFields.Count > 5 ? ", …" : string.Empty)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The transparency record still has {missingFields.Count} empty fields ({string.Join(", ", missingFields.Take(5))}{(missingFields.Count > 5 ? ", …" : string.Empty)}): fill them in on the transparency page";
}
