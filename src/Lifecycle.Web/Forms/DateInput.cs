using System.Globalization;

namespace Lifecycle.Web.Forms;

/// <summary>The GOV.UK date input: day, month and year typed separately.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>A real date, or null when the fields are empty or do not make one.</summary>
    public DateOnly? Value =>
        int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    public bool IsValidOrEmpty => IsEmpty || Value is not null;

    public static DateInput From(DateOnly? date) => date is { } value
        ? new() { Day = value.Day.ToString(CultureInfo.InvariantCulture), Month = value.Month.ToString(CultureInfo.InvariantCulture), Year = value.Year.ToString(CultureInfo.InvariantCulture) }
        : new();
}
