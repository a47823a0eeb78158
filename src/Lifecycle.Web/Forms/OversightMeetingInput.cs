using System.ComponentModel.DataAnnotations;

namespace Lifecycle.Web.Forms;

/// <summary>A meeting of the oversight group: when, who came, and what it decided.</summary>
public sealed class OversightMeetingInput
{
    [Display(Name = "Date of the meeting")]
    public DateInput HeldOn { get; set; } = new();

    [Display(Name = "Who attended")]
    public string? Attendees { get; set; }

    [Display(Name = "Decisions")]
    public string? Decisions { get; set; }
}

public sealed class OversightMeetingInputValidator : AbstractValidator<OversightMeetingInput>
{
    public OversightMeetingInputValidator()
    {
        RuleFor(x => x.HeldOn).RequiredDate("the date of the meeting");
        RuleFor(x => x.Attendees).RequiredText("Enter who attended", TextLimits.ShortText, "Attendees");
        RuleFor(x => x.Decisions).RequiredText("Enter what the meeting decided", TextLimits.LongText, "Decisions");
    }
}
