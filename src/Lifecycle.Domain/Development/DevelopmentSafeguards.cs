namespace Lifecycle.Domain.Development;

/// <summary>What Development (stage 6) built in to protect people and let them question the tool.</summary>
public sealed record DevelopmentSafeguards(string? PrivacyAndSecurity, string? Explainability, string? Challenge, string? FeedbackProcess)
{
    public IReadOnlyList<RequiredPart> Parts =>
    [
        RequiredPart.Text("privacy and security protections", PrivacyAndSecurity),
        RequiredPart.Text("how outputs are explained", Explainability),
        RequiredPart.Text("how outputs can be challenged", Challenge),
        RequiredPart.Text("the feedback process", FeedbackProcess),
    ];

    internal DevelopmentSafeguards Cleaned() => new(
        DomainText.Optional(PrivacyAndSecurity, TextLimits.LongText, "Privacy and security protections"),
        DomainText.Optional(Explainability, TextLimits.LongText, "Explainability"),
        DomainText.Optional(Challenge, TextLimits.LongText, "Challenge"),
        DomainText.Optional(FeedbackProcess, TextLimits.LongText, "Feedback process"));
}
