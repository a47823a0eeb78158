using System.Globalization;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Forms;

public sealed class DatasetInput
{
    public const string Personal = "personal";
    public const string SpecialCategory = "special-category";

    public string? Name { get; set; }

    public string? Owner { get; set; }

    public string? Source { get; set; }

    public string? RowCount { get; set; }

    public string? MissingPercent { get; set; }

    public string? ConsistencyNotes { get; set; }

    public List<string> Sensitivity { get; set; } = [];

    public string? DemographicFields { get; set; }

    public string? Quality { get; set; }

    public string? QualityNotes { get; set; }

    public string? PoorQualityMitigation { get; set; }

    public static DatasetInput From(DatasetDetails d) => new()
    {
        Name = d.Name,
        Owner = d.Owner,
        Source = d.Source,
        RowCount = d.RowCount?.ToString(CultureInfo.InvariantCulture),
        MissingPercent = d.MissingPercent?.ToString(CultureInfo.InvariantCulture),
        ConsistencyNotes = d.ConsistencyNotes,
        Sensitivity = [.. d.ContainsPersonalData ? [Personal] : Array.Empty<string>(), .. d.ContainsSpecialCategoryData ? [SpecialCategory] : Array.Empty<string>()],
        DemographicFields = d.DemographicFields,
        Quality = d.Quality.ToString(),
        QualityNotes = d.QualityNotes,
        PoorQualityMitigation = d.PoorQualityMitigation,
    };

    public DatasetDetails ToDetails() => new(
        Name ?? string.Empty, Owner, Source,
        ParseRows(RowCount), ParsePercent(MissingPercent),
        ConsistencyNotes, Sensitivity.Contains(Personal), Sensitivity.Contains(SpecialCategory),
        DemographicFields, Enum.Parse<DataQuality>(Quality!), QualityNotes, PoorQualityMitigation);

    internal static long? ParseRows(string? text) =>
        long.TryParse(text?.Replace(",", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) ? rows : null;

    internal static decimal? ParsePercent(string? text) =>
        decimal.TryParse(text?.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) ? percent : null;
}

public sealed class DatasetInputValidator : AbstractValidator<DatasetInput>
{
    public DatasetInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the dataset name")
            .MaximumLength(TextLimits.Name).WithMessage($"Dataset name must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Owner).MaximumLength(TextLimits.Name).WithMessage($"Owner must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Source).MaximumLength(TextLimits.ShortText).WithMessage($"Source must be {TextLimits.ShortText} characters or fewer");
        RuleFor(x => x.RowCount).Must(r => string.IsNullOrWhiteSpace(r) || DatasetInput.ParseRows(r) is not null)
            .WithMessage("Number of rows must be a whole number, like 12000");
        RuleFor(x => x.MissingPercent).Must(p => string.IsNullOrWhiteSpace(p) || DatasetInput.ParsePercent(p) is >= 0 and <= 100)
            .WithMessage("Missing values must be a percentage from 0 to 100, like 4.5");
        RuleFor(x => x.ConsistencyNotes).MaximumLength(TextLimits.LongText).WithMessage($"Consistency notes must be {TextLimits.LongText:N0} characters or fewer");
        RuleFor(x => x.Sensitivity).Must(s => s.All(v => v is DatasetInput.Personal or DatasetInput.SpecialCategory)).WithMessage("Select only the options listed")
            .Must(s => !s.Contains(DatasetInput.SpecialCategory) || s.Contains(DatasetInput.Personal))
            .WithMessage("Special category data is personal data: select personal data as well");
        RuleFor(x => x.DemographicFields).MaximumLength(TextLimits.ShortText).WithMessage($"Demographic fields must be {TextLimits.ShortText} characters or fewer");
        RuleFor(x => x.Quality).Must(q => Enum.TryParse<DataQuality>(q, out var v) && Enum.IsDefined(v)).WithMessage("Select the result of the quality audit");
        RuleFor(x => x.QualityNotes).MaximumLength(TextLimits.LongText).WithMessage($"Quality audit notes must be {TextLimits.LongText:N0} characters or fewer");
        RuleFor(x => x.PoorQualityMitigation).MaximumLength(TextLimits.LongText).WithMessage($"How the poor quality will be handled must be {TextLimits.LongText:N0} characters or fewer");
    }

}
