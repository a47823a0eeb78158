using Lifecycle.Application.Audit;

namespace Lifecycle.Web.Display;

/// <summary>An audit trail page's filters and page number as they appear in the address.</summary>
public sealed class AuditQuery
{
    public string? Kind { get; set; }

    public Guid? Person { get; set; }

    public int PageNumber { get; set; } = 1;

    public AuditFilter ToFilter() => new(string.IsNullOrWhiteSpace(Kind) ? null : Kind.Trim(), Person);

    public bool IsFiltered => ToFilter() != AuditFilter.None;

    public Dictionary<string, string> RouteValues(int page)
    {
        var values = new Dictionary<string, string> { ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (ToFilter().Kind is { } kind)
        {
            values["kind"] = kind;
        }

        if (Person is { } person)
        {
            values["person"] = person.ToString();
        }

        return values;
    }
}
