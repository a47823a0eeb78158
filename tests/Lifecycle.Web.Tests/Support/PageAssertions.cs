using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Lifecycle.Web.Tests.Support;

public static class PageAssertions
{
    public static IReadOnlyList<string> ErrorSummaryItems(this IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? ErrorSummaryTitle(this IHtmlDocument page) =>
        page.QuerySelector(".govuk-error-summary__title")?.TextContent.Trim();

    public static string Heading(this IHtmlDocument page) =>
        page.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");
}
