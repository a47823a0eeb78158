namespace Lifecycle.Domain.Projects;

/// <summary>The day work began cannot be moved after a record the project already holds.</summary>
public sealed class WorkMustBeginBeforeItsRecordsRule(DateOnly? workBeganOn, DateOnly? earliestRecord) : IBusinessRule
{
    public bool IsBroken() => workBeganOn is { } began && earliestRecord is { } earliest && began > earliest;

    public string Message => $"the day work began is on or before the project's earliest dated record ({earliestRecord:d MMMM yyyy})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal =>
        $"The project already holds a record dated {earliestRecord:d MMMM yyyy}, so work cannot have begun after it: enter a day on or before it";
}
