namespace Lifecycle.Domain.Framework;

/// <summary>One item of a stage's checklist, as the framework defines it.</summary>
/// <param name="Code">Stable code such as "3.2"; records refer to items by it.</param>
/// <param name="Hint">Short plain-English guidance, citing the stage it comes from.</param>
/// <param name="Mandatory">Whether the stage gate waits for it.</param>
/// <param name="NotApplicableAllowed">Whether a reasoned "not applicable" can stand in for done.</param>
/// <param name="Ongoing">
/// A duty for as long as the tool is in use (hold the reviews, evaluate, publish). It is expected, but
/// does not hold the gate: a failing tool must be retirable without first ticking that its evaluation was published.
/// </param>
public sealed record ChecklistItemDefinition(
    string Code,
    string Title,
    string Hint,
    bool Mandatory,
    bool NotApplicableAllowed,
    Applicability AppliesWhen = Applicability.Always,
    bool Ongoing = false)
{
    public bool AppliesTo(ApplicabilityFacts facts) => facts.Satisfies(AppliesWhen);

    /// <summary>Whether the stage's gate waits for this item.</summary>
    public bool HoldsTheGate => Mandatory && !Ongoing;
}
