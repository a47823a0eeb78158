namespace Lifecycle.Domain.Projects;

/// <summary>After a scope change, the records it affects are looked at again before the next monitoring review.</summary>
public sealed class ScopeChangeReviewsMustBeDoneRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.OutstandingScopeReviews.Count > 0;

    public string Message => $"everything the scope change affects has been reviewed again (still to review: {string.Join(", ", project.OutstandingScopeReviews)})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The scope changed and these have not been looked at again: {string.Join(", ", project.OutstandingScopeReviews)}. Review them first";
}
