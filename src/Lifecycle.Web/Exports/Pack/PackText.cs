using System.Globalization;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>How the pack words missing values, dates and amounts.</summary>
public static class PackText
{
    public const string NotRecorded = "Not yet recorded";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? NotRecorded : value;

    public static string When(DateTime? utc) => utc is { } at ? UkTime.DateAndTime(at) : NotRecorded;

    public static string Date(DateOnly? date) => date is { } day ? UkTime.Date(day) : NotRecorded;

    public static string Money(decimal? amount) => amount?.ToString("£#,##0.##", English) ?? NotRecorded;

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string By(string? name, DateTime? at) => name is null ? NotRecorded : $"{name}, {When(at)}";

    /// <summary>How a withdrawn test run or review is described: it stays in the pack but is no longer judged.</summary>
    public static string Withdrawn(Lifecycle.Domain.Testing.Withdrawal? withdrawal) => withdrawal is null
        ? "No"
        : $"Yes, by {By(withdrawal.WithdrawnByName, withdrawal.WithdrawnAt)}, so it is no longer judged. Reason: {withdrawal.Reason}";

    public static PackParagraph NothingYet(string what) => new($"{what}: {NotRecorded.ToLowerInvariant()}.");
}
