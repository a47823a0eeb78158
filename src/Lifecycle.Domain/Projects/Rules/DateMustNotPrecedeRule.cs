namespace Lifecycle.Domain.Projects;

/// <summary>Something dated cannot have happened before what it follows (the project's registration, the tool going live).</summary>
public sealed class DateMustNotPrecedeRule(DateOnly? date, DateOnly? earliest, string what, string follows) : IBusinessRule
{
    public bool IsBroken() => date is { } on && earliest is { } first && on < first;

    public string Message => $"{what} is on or after {follows} ({earliest:d MMMM yyyy})";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{what} is before {follows} ({earliest:d MMMM yyyy}): enter the date it really happened";
}
