using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>A member of the project's oversight group, and how independent they are of it.</summary>
public sealed class OversightMemberInput
{
    public static readonly IReadOnlyList<ChoiceItem> Standings =
    [
        new(nameof(Independence.Internal), "Internal", "Works for the council, in or close to the service."),
        new(nameof(Independence.External), "External", "From a partner agency, such as health, police or education."),
        new(nameof(Independence.Independent), "Independent", "Has no stake in the project, for example an academic or ethics adviser."),
    ];

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Organisation (optional)")]
    public string? MemberOrganisation { get; set; }

    [Display(Name = "Expertise (optional)")]
    public string? Expertise { get; set; }

    [Display(Name = "Standing")]
    public string? Standing { get; set; }

    public Independence? ChosenStanding => Enum.TryParse<Independence>(Standing, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}

public sealed class OversightMemberInputValidator : AbstractValidator<OversightMemberInput>
{
    public OversightMemberInputValidator()
    {
        RuleFor(x => x.Name).RequiredText("Enter the member's name", TextLimits.Name, "Name");
        RuleFor(x => x.MemberOrganisation).OptionalText(TextLimits.Name, "Organisation");
        RuleFor(x => x.Expertise).OptionalText(TextLimits.ShortText, "Expertise");
        RuleFor(x => x.Standing).Must((input, _) => input.ChosenStanding is not null).WithMessage("Select whether the member is internal, external or independent");
    }
}
