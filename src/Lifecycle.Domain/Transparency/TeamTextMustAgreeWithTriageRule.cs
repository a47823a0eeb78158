
namespace Lifecycle.Domain.Projects;

/// <summary>
/// The team's own words in the transparency record do not say the opposite of the ethics triage (stage 4) about who
/// decides: a tool the triage found can act, or leave little room, before a professional weighs the evidence is not
/// described as reviewed by a professional, and one the triage found leaves the decision to a professional is not
/// described as acting by itself. The public would otherwise read a promise the project's own records deny.
/// </summary>
public sealed class TeamTextMustAgreeWithTriageRule(TriageAnswers? triage, IReadOnlyDictionary<string, string?> teamText) : IBusinessRule
{
    private (string Field, string Phrase)? Contradiction =>
        triage is null
            ? null
            : teamText.Where(t => t.Value is not null)
                .Select(t => (Field: t.Key, Phrase: triage.CrossesRedLine ? OversightClaims.SaysAProfessionalDecides(t.Value!) : OversightClaims.SaysTheToolActsAlone(t.Value!)))
                .Where(found => found.Phrase is not null)
                .Select(found => ((string Field, string Phrase)?)(found.Field, found.Phrase!))
                .FirstOrDefault();

    public bool IsBroken() => Contradiction is not null;

    public string Message => "the team's text in the transparency record agrees with the ethics triage about who decides";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Contradiction is { } found
        ? triage!.CrossesRedLine
            ? $"The text for \"{Describe(found.Field)}\" says \"{found.Phrase}\", but the ethics triage (stage 4) found the tool can act, or leave a professional little room to decide, before a professional weighs the evidence: change the text, or change the tool and redo the triage"
            : $"The text for \"{Describe(found.Field)}\" says \"{found.Phrase}\", but the ethics triage (stage 4) found a professional weighs the evidence before anything happens to a child or family: correct the text, or redo the triage if the tool has changed"
        : "The team's text in the transparency record says the opposite of the ethics triage about who decides: correct the text or redo the triage";

    private static string Describe(string key) => key.Replace('_', ' ');
}
