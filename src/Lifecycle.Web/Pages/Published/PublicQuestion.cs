using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Lifecycle.Domain.Engagement;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Pages.Published;

/// <summary>The public page's form: a question or a challenge, with a name only if the person wants to give one.</summary>
public sealed class PublicQuestion
{
    public static readonly IReadOnlyList<ChoiceItem> Kinds =
    [
        new(nameof(FeedbackKind.Feedback), "I have a question or a comment"),
        new(nameof(FeedbackKind.Challenge), "I want to challenge a decision the tool was used in"),
    ];

    [Display(Name = "What would you like to do?")]
    public string? Kind { get; set; }

    [Display(Name = "Your name (optional)")]
    public string? Name { get; set; }

    [Display(Name = "What is it about?")]
    public string? About { get; set; }

    [Display(Name = "Your message")]
    public string? Details { get; set; }

    public FeedbackKind? ChosenKind => Enum.TryParse<FeedbackKind>(Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}

public sealed class PublicQuestionValidator : AbstractValidator<PublicQuestion>
{
    public PublicQuestionValidator()
    {
        RuleFor(x => x.Kind).Must((input, _) => input.ChosenKind is not null).WithMessage("Select whether you have a question or want to challenge a decision");
        RuleFor(x => x.Name).OptionalText(TextLimits.Name, "Your name");
        RuleFor(x => x.About).RequiredText("Enter what it is about", TextLimits.ShortText, "What it is about");
        RuleFor(x => x.Details).RequiredText("Enter your message", TextLimits.LongText, "Your message");
    }
}
