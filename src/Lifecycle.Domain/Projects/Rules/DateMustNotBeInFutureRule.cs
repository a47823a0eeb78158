using Lifecycle.Domain.Common;
namespace Lifecycle.Domain.Projects;

/// <summary>Something that has happened cannot be dated after today.</summary>
public sealed class DateMustNotBeInFutureRule(DateOnly? date, DateTime now, string what) : IBusinessRule
{
    public bool IsBroken() => date is { } on && on > UkCalendar.DateOf(now).AddDays(1);

    public string Message => $"{what} is today or earlier";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{what} is in the future: enter today's date or an earlier one";
}
