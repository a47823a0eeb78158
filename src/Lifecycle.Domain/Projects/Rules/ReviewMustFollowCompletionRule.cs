
namespace Lifecycle.Domain.Projects;

public sealed class ReviewMustFollowCompletionRule(ImpactAssessmentDetails details) : IBusinessRule
{
    public bool IsBroken() => details.CompletedOn is { } done && details.NextReviewOn is { } review && review <= done;

    public string Message => "the next review date is after the date the assessment was completed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "The next review date is not after the date the assessment was completed: choose a later review date";
}
