namespace Lifecycle.Domain.Common;

/// <summary>A labelled piece of a structured record, so one rule can say which pieces are still missing.</summary>
public sealed record RequiredPart(string Label, bool IsPresent)
{
    public static RequiredPart Text(string label, string? value) => new(label, !string.IsNullOrWhiteSpace(value));
}

/// <summary>Every part of a record is filled in; the message names the ones that are not.</summary>
public sealed class PartsMustBeFilledRule(string record, IReadOnlyList<RequiredPart> parts) : IBusinessRule
{
    public IReadOnlyList<string> Missing => parts.Where(p => !p.IsPresent).Select(p => p.Label).ToList();

    public bool IsBroken() => Missing.Count > 0;

    public string Message => $"{record} is complete (still to fill in: {string.Join(", ", Missing)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"Part of {record} is missing: fill in the {string.Join(", ", Missing)}";
}
