using Lifecycle.Domain.Transparency;

namespace Lifecycle.Domain.Tests.Projects;

/// <summary>Issue 15: publishing copies the confirmed, complete record; taking it down removes the copy; both are audited.</summary>
public sealed class PublicationTests
{
    private static readonly DateTime Later = TestProjects.Start.AddDays(40);

    [Fact]
    public void AnUnconfirmedRecord_IsNotPublished_AndSaysWhy()
    {
        var project = TestProjects.AdvancedTo(8);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.PublishTransparencyRecord(TestProjects.OrganisationName, [], TestProjects.Manager, Later));

        Assert.Contains(refusal.BrokenRules, r => r is TransparencyRecordMustBeConfirmedRule);
        Assert.False(project.IsTransparencyRecordPublished);
    }

    [Fact]
    public void Publishing_CopiesTheRecordAsItIsNow_UnderAnAddressNoOtherToolHas_AndLaterChangesWaitForTheNextPublish()
    {
        var project = TestProjects.AdvancedTo(8);
        project.ConfirmCompleteTransparencyRecord(Later);

        project.PublishTransparencyRecord(TestProjects.OrganisationName, [Slugs.Of(project.Name)], TestProjects.Manager, Later);

        Assert.Equal($"{Slugs.Of(project.Name)}-2", project.PublicSlug);
        var published = project.PublicRecord!;
        Assert.Equal(TransparencyFields.For(project, TestProjects.OrganisationName, Later).Fields.Select(f => (f.Attribute, f.Value)), published.Fields.Select(f => (f.Attribute, f.Value)));
        Assert.Equal(DateOnly.FromDateTime(Later), published.LastReviewedOn);
        Assert.Equal("TransparencyRecordPublished", project.PendingChanges[^1].Kind);

        project.ChangeDetails(project.CurrentDetails with { Description = "Changed after publishing." }, TestProjects.Manager, Later.AddDays(1));
        Assert.NotEqual("Changed after publishing.", project.PublicRecord!.ValueOf("description"));
    }

    [Fact]
    public void TakingItDown_RemovesTheCopy_KeepsTheAddress_AndCannotBeDoneTwice()
    {
        var project = TestProjects.AdvancedTo(8);
        project.ConfirmCompleteTransparencyRecord(Later);
        project.PublishTransparencyRecord(TestProjects.OrganisationName, [], TestProjects.Manager, Later);
        var address = project.PublicSlug;

        project.UnpublishTransparencyRecord(TestProjects.Manager, Later.AddDays(1));

        Assert.False(project.IsTransparencyRecordPublished);
        Assert.Null(project.PublicRecord);
        Assert.Equal(address, project.PublicSlug);
        Assert.Equal("TransparencyRecordUnpublished", project.PendingChanges[^1].Kind);
        var again = Assert.Throws<BusinessRuleViolationException>(() => project.UnpublishTransparencyRecord(TestProjects.Manager, Later.AddDays(2)));
        Assert.IsType<TransparencyRecordMustBePublishedRule>(Assert.Single(again.BrokenRules));
    }

    [Fact]
    public void AStoppedProjectsPage_CanStillBeTakenDown_ButNotPublishedAgain()
    {
        var project = TestProjects.AdvancedTo(8);
        project.ConfirmCompleteTransparencyRecord(Later);
        project.PublishTransparencyRecord(TestProjects.OrganisationName, [], TestProjects.Manager, Later);
        project.Stop("The council chose another approach.", TestProjects.Manager, Later.AddDays(1));

        Assert.Throws<BusinessRuleViolationException>(() => project.PublishTransparencyRecord(TestProjects.OrganisationName, [], TestProjects.Manager, Later.AddDays(2)));
        project.UnpublishTransparencyRecord(TestProjects.Manager, Later.AddDays(2));

        Assert.False(project.IsTransparencyRecordPublished);
    }

    [Theory]
    [InlineData("Early help dashboard", "early-help-dashboard")]
    [InlineData("  Café   & Families: 2026! ", "cafe-families-2026")]
    [InlineData("***", "tool")]
    public void Slugs_AreReadableAndSafe(string name, string slug) => Assert.Equal(slug, Slugs.Of(name));
}
