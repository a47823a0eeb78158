using System.Globalization;
using Lifecycle.Application.Portfolio;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Web.Pages;

/// <summary>
/// The portfolio's filters as they appear in the address, so a filtered list can be bookmarked, shared and downloaded.
/// Values that do not name a real phase, stage, status or order are ignored rather than refused: the list is only narrowed by what makes sense.
/// </summary>
public sealed class PortfolioQuery
{
    public Phase? Phase { get; set; }

    public int? Stage { get; set; }

    public ProjectStatus? Status { get; set; }

    public ReviewFilter? Review { get; set; }

    /// <summary>Only projects with something waiting for my sign-off.</summary>
    public bool Mine { get; set; }

    public string? Q { get; set; }

    public PortfolioSort Sort { get; set; }

    /// <summary>Which page (the address says <c>pageNumber</c>: Razor Pages keeps <c>page</c> for the page's own name).</summary>
    public int PageNumber { get; set; } = 1;

    public bool IsFiltered => Phase is not null || ValidStage is not null || Status is not null || Review is not null || Mine || !string.IsNullOrWhiteSpace(Q);

    private int? ValidStage => Stage is >= 1 and <= 10 ? Stage : null;

    public PortfolioFilter ToFilter() => new(
        Phase is { } phase && Enum.IsDefined(phase) ? phase : null,
        ValidStage,
        Status is { } status && Enum.IsDefined(status) ? status : null,
        Review is { } review && Enum.IsDefined(review) ? review : null,
        Mine,
        string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, TextLimits.Name)],
        Enum.IsDefined(Sort) ? Sort : PortfolioSort.Name);

    /// <summary>The address values for this filter, optionally on another page or with a different phase.</summary>
    public Dictionary<string, string> RouteValues(int? page = null, Phase? phase = null, bool anyPhase = false)
    {
        var filter = ToFilter();
        var values = new Dictionary<string, string>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                values[key] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            }
        }

        Add("phase", anyPhase ? null : phase ?? filter.Phase);
        Add("stage", filter.Stage);
        Add("status", filter.Status);
        Add("review", filter.Review);
        Add("mine", filter.AwaitingMySignOff ? "true" : null);
        Add("q", filter.Search);
        Add("sort", filter.Sort == PortfolioSort.Name ? null : filter.Sort);
        Add("pageNumber", page is > 1 ? page : null);
        return values;
    }
}
