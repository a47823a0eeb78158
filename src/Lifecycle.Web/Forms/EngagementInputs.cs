using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Lifecycle.Domain.Engagement;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>A meeting, survey or workshop with stakeholders.</summary>
public sealed class EngagementInput
{
    [Display(Name = "When did it happen?")]
    public DateInput HeldOn { get; set; } = new();

    [Display(Name = "Who did you engage with?")]
    public string? Stakeholders { get; set; }

    [Display(Name = "How?")]
    public string? Method { get; set; }

    [Display(Name = "What did you hear, and what will you do about it?")]
    public string? WhatWeHeard { get; set; }
}

public sealed class EngagementInputValidator : AbstractValidator<EngagementInput>
{
    public EngagementInputValidator()
    {
        RuleFor(x => x.HeldOn).RequiredDate("the date of the engagement");
        RuleFor(x => x.Stakeholders).RequiredText("Enter who you engaged with", TextLimits.ShortText, "Who you engaged with");
        RuleFor(x => x.Method).RequiredText("Enter how you engaged with them", TextLimits.ShortText, "How you engaged");
        RuleFor(x => x.WhatWeHeard).RequiredText("Enter what you heard", TextLimits.LongText, "What you heard");
    }
}

/// <summary>Training given to the people who will use the tool.</summary>
public sealed class TrainingInput
{
    [Display(Name = "When was the training?")]
    public DateInput DeliveredOn { get; set; } = new();

    [Display(Name = "Who was trained?")]
    public string? Audience { get; set; }

    [Display(Name = "How many people?")]
    public string? PeopleTrained { get; set; }

    [Display(Name = "What did it cover?")]
    public string? Covered { get; set; }

    public int? Count => int.TryParse(PeopleTrained?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000 ? n : null;
}

public sealed class TrainingInputValidator : AbstractValidator<TrainingInput>
{
    public TrainingInputValidator()
    {
        RuleFor(x => x.DeliveredOn).RequiredDate("the date of the training");
        RuleFor(x => x.Audience).RequiredText("Enter who was trained", TextLimits.ShortText, "Who was trained");
        RuleFor(x => x.PeopleTrained).Must((input, _) => input.Count is not null)
            .WithMessage("Enter how many people were trained, as a whole number from 1 to 100,000");
        RuleFor(x => x.Covered).RequiredText("Enter what the training covered", TextLimits.LongText, "What the training covered");
    }
}

/// <summary>An entry for the feedback and challenges register.</summary>
public sealed class FeedbackInput
{
    public static readonly IReadOnlyList<ChoiceItem> Kinds =
    [
        new(nameof(FeedbackKind.Feedback), "Feedback: a comment, problem or suggestion"),
        new(nameof(FeedbackKind.Challenge), "Challenge: someone questions an output or a decision it informed"),
    ];

    [Display(Name = "Is it feedback or a challenge?")]
    public string? Kind { get; set; }

    [Display(Name = "Who raised it (optional)")]
    public string? RaisedBy { get; set; }

    [Display(Name = "When was it raised?")]
    public DateInput RaisedOn { get; set; } = new();

    [Display(Name = "What is it about?")]
    public string? About { get; set; }

    [Display(Name = "What did they say?")]
    public string? Details { get; set; }

    public FeedbackKind? ChosenKind => Enum.TryParse<FeedbackKind>(Kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}

public sealed class FeedbackInputValidator : AbstractValidator<FeedbackInput>
{
    public FeedbackInputValidator()
    {
        RuleFor(x => x.Kind).Must((input, _) => input.ChosenKind is not null).WithMessage("Select whether this is feedback or a challenge");
        RuleFor(x => x.RaisedBy).OptionalText(TextLimits.Name, "Name");
        RuleFor(x => x.RaisedOn).RequiredDate("the date it was raised");
        RuleFor(x => x.About).RequiredText("Enter what it is about", TextLimits.ShortText, "What it is about");
        RuleFor(x => x.Details).RequiredText("Enter the feedback or challenge", TextLimits.LongText, "Details");
    }
}

/// <summary>The team's response to an entry in the register.</summary>
public sealed class FeedbackResponseInput
{
    public static readonly IReadOnlyList<ChoiceItem> Statuses =
    [
        new(nameof(FeedbackStatus.Responded), "Responded, still being followed up"),
        new(nameof(FeedbackStatus.Closed), "Closed"),
    ];

    [Display(Name = "Your response")]
    public string? Reply { get; set; }

    [Display(Name = "Is this finished?")]
    public string? Status { get; set; }

    public FeedbackStatus? ChosenStatus =>
        Enum.TryParse<FeedbackStatus>(Status, out var parsed) && parsed is FeedbackStatus.Responded or FeedbackStatus.Closed ? parsed : null;
}

public sealed class FeedbackResponseInputValidator : AbstractValidator<FeedbackResponseInput>
{
    public FeedbackResponseInputValidator()
    {
        RuleFor(x => x.Reply).RequiredText("Enter your response", TextLimits.LongText, "Response");
        RuleFor(x => x.Status).Must((input, _) => input.ChosenStatus is not null).WithMessage("Select whether this is now closed or still being followed up");
    }
}
