using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Lifecycle.Web.Forms;
using Lifecycle.Web.TagHelpers;
using Lifecycle.Web.TagHelpers.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lifecycle.Web.Tests.TagHelpers;

/// <summary>The GOV.UK form components, rendered outside a page and read back as HTML.</summary>
public sealed class GovukComponentTests
{
    private static readonly IModelMetadataProvider Metadata = new ServiceCollection().AddLogging().AddMvcCore().AddDataAnnotations().Services
        .BuildServiceProvider().GetRequiredService<IModelMetadataProvider>();

    private readonly ViewContext _view;
    private readonly ViewDataDictionary<FormPage> _viewData;

    public GovukComponentTests()
    {
        _viewData = new ViewDataDictionary<FormPage>(Metadata, new ModelStateDictionary()) { Model = new FormPage() };
        _view = new ViewContext { HttpContext = new DefaultHttpContext(), ViewData = _viewData };
    }

    [Fact]
    public void Input_TakesItsLabelFromDisplay_AndHasNoDescriptionWhenNothingDescribesIt()
    {
        _viewData.Model!.Input.Title = "Early help <forecast>";
        var html = Render(new GovukInputTagHelper { For = For(m => m.Input.Title), Width = "20" }, "govuk-input");

        var input = html.QuerySelector<IHtmlInputElement>("input")!;
        Assert.Equal("Input_Title", input.Id);
        Assert.Equal("Input.Title", input.Name);
        Assert.Equal("Early help <forecast>", input.Value);
        Assert.Equal("govuk-input govuk-input--width-20", input.ClassName);
        Assert.False(input.HasAttribute("aria-describedby"));
        Assert.Equal("Name of the tool", html.QuerySelector("label[for=Input_Title]")!.TextContent);
        Assert.Equal("govuk-form-group", html.Body!.FirstElementChild!.ClassName);
    }

    [Fact]
    public void Input_WithAHintAndAnError_IsDescribedByBoth_AndShowsWhatWasTyped()
    {
        _view.ModelState.SetModelValue("Input.Title", "typed", "typed");
        _view.ModelState.AddModelError("Input.Title", "Enter a shorter name");
        var html = Render(new GovukInputTagHelper { For = For(m => m.Input.Title), Hint = "As the team calls it." }, "govuk-input");

        var input = html.QuerySelector<IHtmlInputElement>("input")!;
        Assert.Equal("typed", input.Value);
        Assert.Equal("Input_Title-hint Input_Title-error", input.GetAttribute("aria-describedby"));
        Assert.Contains("govuk-input--error", input.ClassName, StringComparison.Ordinal);
        Assert.Equal("Error: Enter a shorter name", html.QuerySelector("#Input_Title-error")!.TextContent);
        Assert.Equal("As the team calls it.", html.QuerySelector("#Input_Title-hint")!.TextContent);
        Assert.Contains("govuk-form-group--error", html.Body!.FirstElementChild!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Textarea_WithAMaximumLength_IsACharacterCount_DescribedByItsMessage()
    {
        _viewData.Model!.Input.Summary = "\nStarts with a blank line";
        var html = Render(new GovukTextareaTagHelper { For = For(m => m.Input.Summary), MaxLength = 2000, Label = "Summary" }, "govuk-textarea");

        var group = html.Body!.FirstElementChild!;
        Assert.Equal("govuk-form-group govuk-character-count", group.ClassName);
        Assert.Equal("govuk-character-count", group.GetAttribute("data-module"));
        Assert.Equal("2000", group.GetAttribute("data-maxlength"));
        var textarea = html.QuerySelector<IHtmlTextAreaElement>("textarea")!;
        Assert.Equal("\nStarts with a blank line", textarea.Value);
        Assert.Equal("Input_Summary-info", textarea.GetAttribute("aria-describedby"));
        Assert.Equal("You can enter up to 2,000 characters", html.QuerySelector("#Input_Summary-info")!.TextContent);
    }

    [Fact]
    public void Radios_FromAnEnum_CheckTheModelsValue_AndTheFirstTakesTheFieldsId()
    {
        _viewData.Model!.Input.Rating = Rating.High;
        _view.ModelState.AddModelError("Input.Rating", "Select a rating");
        var items = ChoiceItem.FromEnum<Rating>(r => r.ToString(), r => r == Rating.High ? "Act now" : null);
        var html = Render(new GovukRadiosTagHelper { For = For(m => m.Input.Rating), Items = items, Inline = true }, "govuk-radios");

        var inputs = html.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").ToList();
        Assert.Equal(["Input_Rating", "Input_Rating-2"], inputs.Select(i => i.Id));
        Assert.Equal(["Low", "High"], inputs.Select(i => i.Value));
        Assert.True(inputs[1].IsChecked);
        Assert.False(inputs[0].HasAttribute("aria-describedby"));
        Assert.Equal("Input_Rating-2-item-hint", inputs[1].GetAttribute("aria-describedby"));
        Assert.Equal("Input_Rating-error", html.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("How serious is it?", html.QuerySelector("legend")!.TextContent);
        Assert.NotNull(html.QuerySelector(".govuk-radios.govuk-radios--inline"));
    }

    [Fact]
    public void Checkboxes_CheckEveryChosenValue_AndKeepWhatWasPostedWhenThePageComesBack()
    {
        _viewData.Model!.Input.Groups = ["Children"];
        var items = new[] { new ChoiceItem("Children", "Children"), new ChoiceItem("Parents", "Parents"), new ChoiceItem("Staff", "Staff") };
        var fresh = Render(new GovukCheckboxesTagHelper { For = For(m => m.Input.Groups), Items = items }, "govuk-checkboxes");
        Assert.Equal(["Children"], fresh.QuerySelectorAll<IHtmlInputElement>("input:checked").Select(i => i.Value));

        _view.ModelState.SetModelValue("Input.Groups", new[] { "Parents", "Staff" }, "Parents,Staff");
        var posted = Render(new GovukCheckboxesTagHelper { For = For(m => m.Input.Groups), Items = items }, "govuk-checkboxes");
        Assert.Equal(["Parents", "Staff"], posted.QuerySelectorAll<IHtmlInputElement>("input:checked").Select(i => i.Value));
    }

    [Fact]
    public void DateInput_HasThreeNamedBoxes_TheDayTakingTheFieldsId_AndTheExampleAsItsHint()
    {
        _viewData.Model!.Input.HeldOn = DateInput.From(new DateOnly(2026, 3, 27));
        var html = Render(new GovukDateInputTagHelper { For = For(m => m.Input.HeldOn), Label = "When was it held?" }, "govuk-date-input");

        var boxes = html.QuerySelectorAll<IHtmlInputElement>("input").ToList();
        Assert.Equal(["Input_HeldOn", "Input_HeldOn_Month", "Input_HeldOn_Year"], boxes.Select(b => b.Id));
        Assert.Equal(["Input.HeldOn.Day", "Input.HeldOn.Month", "Input.HeldOn.Year"], boxes.Select(b => b.Name));
        Assert.Equal(["27", "3", "2026"], boxes.Select(b => b.Value));
        Assert.Equal("Input_HeldOn-hint", html.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("For example, 27 3 2026", html.QuerySelector("#Input_HeldOn-hint")!.TextContent);
    }

    [Fact]
    public void ErrorSummary_ListsErrorsInTheOrderTheFieldsWereDrawn_WithPageErrorsLast()
    {
        _view.ModelState.AddModelError(string.Empty, "Someone else saved this first");
        _view.ModelState.AddModelError("Input.Summary", "Enter a summary");
        _view.ModelState.AddModelError("Input.Title", "Enter a name");
        var summary = Output(new GovukErrorSummaryTagHelper { ViewContext = _view }, "govuk-error-summary");

        // The summary is drawn before the fields; it lists them as they come on the page.
        Render(new GovukInputTagHelper { For = For(m => m.Input.Title) }, "govuk-input");
        Render(new GovukTextareaTagHelper { For = For(m => m.Input.Summary) }, "govuk-textarea");

        var html = Parse(summary);
        Assert.Equal(["Enter a name", "Enter a summary", "Someone else saved this first"], html.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(["#Input_Title", "#Input_Summary"], html.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
    }

    private ModelExpression For<T>(System.Linq.Expressions.Expression<Func<FormPage, T>> expression) =>
        new ModelExpressionProvider(Metadata).CreateModelExpression(_viewData, expression);

    private IHtmlDocument Render(GovukFieldTagHelper helper, string tag)
    {
        helper.ViewContext = _view;
        return Parse(Output(helper, tag));
    }

    private static TagHelperOutput Output(TagHelper helper, string tag)
    {
        var context = new TagHelperContext(tag, [], new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.ProcessAsync(context, output).GetAwaiter().GetResult(); // completes at once: no child content to wait for
        return output;
    }

    private static IHtmlDocument Parse(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    public sealed class FormPage
    {
        public FormInput Input { get; set; } = new();
    }

    public sealed class FormInput
    {
        [Display(Name = "Name of the tool")]
        public string? Title { get; set; }

        public string? Summary { get; set; }

        [Display(Name = "How serious is it?")]
        public Rating? Rating { get; set; }

        public List<string> Groups { get; set; } = [];

        public DateInput HeldOn { get; set; } = new();
    }

    public enum Rating
    {
        Low,
        High,
    }
}
