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

    /// <summary>
    /// Every page a test reads is checked: an empty <c>aria-describedby</c> (which the Nu HTML checker rejects) or one naming
    /// an element that is not on the page, and every error summary link that points at no element, fail the test.
    /// </summary>
    public static void DescriptionsPointAtElements(IHtmlDocument page)
    {
        foreach (var element in page.QuerySelectorAll("[aria-describedby]"))
        {
            var ids = element.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(ids.Length > 0, $"An empty aria-describedby on {element.OuterHtml[..Math.Min(element.OuterHtml.Length, 160)]} ({page.Url})");
            foreach (var id in ids)
            {
                Assert.True(page.GetElementById(id) is not null, $"aria-describedby names {id}, which is not on {page.Url}");
            }
        }

        foreach (var link in page.QuerySelectorAll(".govuk-error-summary__list a[href^='#']"))
        {
            var id = link.GetAttribute("href")![1..];
            Assert.True(page.GetElementById(id) is not null, $"The error '{link.TextContent.Trim()}' links to #{id}, which is not on {page.Url}");
        }
    }

    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");
}
