using Lifecycle.Domain.Transparency;
using static Lifecycle.Domain.Tests.Support.TestProjects;

namespace Lifecycle.Domain.Tests.Guidance;

/// <summary>Issue 25, point 2: the team's words in the transparency record cannot promise what the triage denies.</summary>
public sealed class TransparencyAgreesWithTriageTests
{
    private const string HumanReview = "human_decisions_and_review";

    [Fact]
    public void TeamTextMustAgreeWithTriageRule_TextSayingTheToolActsAlone_IsRefused_WhenTheTriageSaysAProfessionalDecides()
    {
        var project = AdvancedTo(8);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SaveTransparencyEntries(new Dictionary<string, string?> { [HumanReview] = "Referrals are fully automated to save staff time." }, Manager, Start));

        var rule = Assert.IsType<TeamTextMustAgreeWithTriageRule>(Assert.Single(refusal.BrokenRules));
        Assert.Contains("\"human decisions and review\" says \"fully automated\"", rule.Refusal, StringComparison.Ordinal);
        Assert.Null(project.TransparencyText(HumanReview));
    }

    [Fact]
    public void TeamTextMustAgreeWithTriageRule_TheSamePhraseDenied_IsAccepted()
    {
        var project = AdvancedTo(8);

        project.SaveTransparencyEntries(new Dictionary<string, string?> { [HumanReview] = "The tool is not fully automated: a social worker reads every flag." }, Manager, Start);

        Assert.NotNull(project.TransparencyText(HumanReview));
    }

    [Fact]
    public void TeamTextMustAgreeWithTriageRule_ClaimingProfessionalReview_IsRefused_WhenTheTriageCrossesARedLine()
    {
        var project = AdvancedTo(5);
        project.CompleteTriage(LowRiskTriage with { ActsWithoutProfessional = true }, Manager, Start);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SaveTransparencyEntries(new Dictionary<string, string?> { ["process_integration"] = "A professional reviews every case before a referral." }, Manager, Start));

        Assert.Contains("found the tool can act", Assert.IsType<TeamTextMustAgreeWithTriageRule>(Assert.Single(refusal.BrokenRules)).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamTextMustAgreeWithTriageRule_TextThatATriageRedoneLaterContradicts_HoldsConfirmation()
    {
        var project = AdvancedTo(8).CompleteCurrentStage();
        project.SaveTransparencyEntries(new Dictionary<string, string?> { [HumanReview] = "A social worker decides; this is human review in full." }, Manager, Start);
        project.CompleteTriage(LowRiskTriage with { LittleRoomForProfessionalJudgement = true }, Manager, Start.AddHours(1));

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.ConfirmTransparencyRecord(OrganisationName, Manager, Start.AddHours(2)));

        Assert.Contains(refusal.BrokenRules, r => r is TeamTextMustAgreeWithTriageRule);
    }

    [Theory]
    [InlineData("Every flag goes to a social worker, who decides.", null)]
    [InlineData("There is no automatic referral.", null)]
    [InlineData("The tool makes an automatic referral to early help.", "automatic referral")]
    [InlineData("It never acts on its own.", null)]
    [InlineData("Flags are sent on without human review.", "without human review")]
    public void OversightClaims_FindsAClaimThatTheToolActsAlone_ButNotOneThatIsDenied(string text, string? expected)
    {
        Assert.Equal(expected, OversightClaims.SaysTheToolActsAlone(text));
    }

    [Theory]
    [InlineData("website_url", "javascript:alert(1)")]
    [InlineData("website_url", "www.council.gov.uk/tool")]
    [InlineData("source_data_url-1", "javascript:alert(1)")]
    [InlineData("team", "Data <b>science</b> team")]
    [InlineData("process_integration", "Shown in the case system <script>steal()</script>")]
    [InlineData("contact_email", "Ring the front desk")]
    [InlineData("contact_email", "data team@council.gov.uk")]
    public void TeamTextMustBePlainRule_MarkupOrAnAddressThatIsNotAWebAddress_IsRefused(string field, string text)
    {
        var project = AdvancedTo(8);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() =>
            project.SaveTransparencyEntries(new Dictionary<string, string?> { [field] = text }, Manager, Start));

        Assert.IsType<TeamTextMustBePlainRule>(Assert.Single(refusal.BrokenRules));
    }

    [Theory]
    [InlineData("website_url", "https://www.council.gov.uk/early-help-tool")]
    [InlineData("team", "Children's data team (< 5 people, 2 < 3)")]
    [InlineData("source_data_url-1", "Not published: internal council data")]
    [InlineData("contact_email", "early.help.data@council.gov.uk")]
    public void TeamTextMustBePlainRule_PlainTextAndWebAddresses_AreSaved(string field, string text)
    {
        var project = AdvancedTo(8);

        project.SaveTransparencyEntries(new Dictionary<string, string?> { [field] = text }, Manager, Start);

        Assert.Equal(text, project.TransparencyText(field));
    }
}
