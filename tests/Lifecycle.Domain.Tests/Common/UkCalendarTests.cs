using Lifecycle.Domain.Common;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Domain.Tests.Common;

public sealed class UkCalendarTests
{
    private static readonly DateTime HalfPastMidnightInSummer = new(2026, 8, 9, 23, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void AnInstantFallsOnTheUkDate_SoHalfPastMidnightInSummerIsTheNextDay_AndWinterIsUtc()
    {
        Assert.Equal(new DateOnly(2026, 8, 10), UkCalendar.DateOf(HalfPastMidnightInSummer));
        Assert.Equal(new DateOnly(2026, 1, 9), UkCalendar.DateOf(new DateTime(2026, 1, 9, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void AToolThatWentLiveJustAfterMidnightInSummer_WentLiveThatUkDay_AndCannotBeReviewedTheDayBefore()
    {
        var project = TestProjects.AdvancedTo(8, ApplicabilityFacts.None with { IsPredictive = true }).CompleteCurrentStage();
        project.AdvanceStage(TestProjects.Manager, HalfPastMidnightInSummer);

        Assert.Equal(new DateOnly(2026, 8, 10), project.WentLiveOn);
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.RecordMonitoringReview(
            new MonitoringReviewDetails(new DateOnly(2026, 8, 9), "Checked.", "Complete.", "Not needed.", "None.", ReviewOutcome.Continue, null),
            [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)], TestProjects.Manager, HalfPastMidnightInSummer.AddHours(1)));
        Assert.Contains("the tool went live", refusal.Message, StringComparison.Ordinal);
    }
}
