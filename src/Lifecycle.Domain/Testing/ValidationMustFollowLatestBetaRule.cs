namespace Lifecycle.Domain.Projects;

/// <summary>An external validation judges the tool as tested: it is dated on or after the latest beta run.</summary>
public sealed class ValidationMustFollowLatestBetaRule(Project project, DateOnly validatedOn) : IBusinessRule
{
    public bool IsBroken() => project.LatestBetaRun is { } beta && validatedOn < beta.RanOn;

    public string Message => $"the validation is dated on or after the latest beta run ({project.LatestBetaRun?.RanOn:d MMMM yyyy})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"The validation is dated before the latest beta run ({project.LatestBetaRun?.RanOn:d MMMM yyyy}), so it cannot have judged the tool as tested: enter the date the experts validated it after that run";
}
