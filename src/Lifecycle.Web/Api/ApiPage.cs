using System.ComponentModel;

namespace Lifecycle.Web.Api;

/// <summary>One page of a list. Pages count from 1; a page past the last is empty, and <see cref="TotalPages"/> says how many there are.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages, ApiPageLinks Links);

/// <summary>Addresses of this page and its neighbours (relative to the service), null where there is none.</summary>
public sealed record ApiPageLinks(string Self, string? Next, string? Previous);

/// <summary>The paging a list's query string asks for, as given (see <see cref="PageRequest.From"/>).</summary>
public sealed class PageQuery
{
    [FromQuery(Name = "page")]
    [Description(PageRequest.PageDescription)]
    [System.ComponentModel.DataAnnotations.Range(1, PageRequest.LargestPage)] // for the document; PageRequest.From gives the error
    public int? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description(PageRequest.PageSizeDescription)]
    [System.ComponentModel.DataAnnotations.Range(1, PageRequest.LargestPageSize)]
    public int? PageSize { get; init; }
}

/// <summary>The page a caller asked for, checked.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int LargestPageSize = 100;

    /// <summary>Far past any real list, and small enough that the first item's position always fits a whole number.</summary>
    public const int LargestPage = 1_000_000;

    public const string PageDescription = "Which page, counting from 1, up to 1,000,000 (1 unless given).";

    public const string PageSizeDescription = "How many items a page holds, from 1 to 100 (50 unless given).";

    /// <summary>The request, or what is wrong with it in words a developer can act on.</summary>
    public static (PageRequest? Request, Dictionary<string, string[]> Errors) From(PageQuery query)
    {
        var (page, pageSize) = (query.Page, query.PageSize);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is < 1 or > LargestPage)
        {
            errors["page"] = [$"page must be from 1 to {LargestPage:N0} (pages count from 1)"];
        }

        if (pageSize is < 1 or > LargestPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {LargestPageSize}"];
        }

        return errors.Count > 0 ? (null, errors) : (new PageRequest(page ?? 1, pageSize ?? DefaultPageSize), errors);
    }

    public ApiPage<T> Of<T>(IReadOnlyList<T> all, string path) => Of(all.Skip((Page - 1) * PageSize).Take(PageSize).ToList(), all.Count, path);

    /// <summary>A page whose items were already cut from <paramref name="totalItems"/>.</summary>
    public ApiPage<T> Of<T>(IReadOnlyList<T> items, int totalItems, string path)
    {
        var totalPages = Application.Paging.PageCount(totalItems, PageSize);
        return new ApiPage<T>(items, Page, PageSize, totalItems, totalPages, new ApiPageLinks(
            Link(path, Page),
            Page < totalPages ? Link(path, Page + 1) : null,
            Page > 1 ? Link(path, Math.Min(Page - 1, totalPages)) : null));
    }

    private string Link(string path, int page) => $"{path}?page={page}&pageSize={PageSize}";
}
