namespace Lifecycle.Domain.Projects;

/// <summary>A dated record cannot come before the council began work on the project.</summary>
public sealed class DateMustNotPrecedeWorkRule(DateOnly? date, DateOnly workBeganOn, string what) : IBusinessRule
{
    public bool IsBroken() => date is { } on && on < workBeganOn;

    public string Message => $"{what} is on or after the day work on the project began ({workBeganOn:d MMMM yyyy})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal =>
        $"{char.ToUpperInvariant(what[0])}{what[1..]} is before the day work on the project began ({workBeganOn:d MMMM yyyy}): enter the date it really happened, or, if the work began earlier, change that day on the project's details page";
}
