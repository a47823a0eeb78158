using Lifecycle.Web.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.Tests.TagHelpers;

/// <summary>Issue 13: a link to a page name that does not resolve stops the page, so tests catch a renamed page.</summary>
public sealed class PageLinkMustResolveTagHelperTests
{
    [Fact]
    public void ALinkThatResolved_IsLeftAlone()
    {
        var output = Output(new TagHelperAttribute("href", "/projects/1/risks"));

        new PageLinkMustResolveTagHelper { Page = "/Projects/Risks/Index" }.Process(Context(), output);

        Assert.Equal("/projects/1/risks", output.Attributes["href"].Value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ALinkThatDidNotResolve_Throws_NamingThePage(bool emptyHref)
    {
        var output = emptyHref ? Output(new TagHelperAttribute("href", string.Empty)) : Output();

        var failure = Assert.Throws<InvalidOperationException>(() =>
            new PageLinkMustResolveTagHelper { Page = "/Projects/Renamed/Index" }.Process(Context(), output));

        Assert.Contains("/Projects/Renamed/Index", failure.Message, StringComparison.Ordinal);
    }

    private static TagHelperContext Context() => new("a", [], new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));

    private static TagHelperOutput Output(params TagHelperAttribute[] attributes) =>
        new("a", new TagHelperAttributeList(attributes), (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
}
