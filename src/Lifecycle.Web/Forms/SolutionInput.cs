using System.ComponentModel.DataAnnotations;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;
using Lifecycle.Web.TagHelpers.Components;

namespace Lifecycle.Web.Forms;

/// <summary>Stage 3: the kind of analytics the tool will use, and whether someone outside the council builds or runs it.</summary>
public sealed class SolutionInput
{
    public static IReadOnlyList<ChoiceItem> Types(Func<AnalyticsType, string> describe) =>
        ChoiceItem.FromEnum<AnalyticsType>(t => t.ToString(), describe);

    public static readonly IReadOnlyList<ChoiceItem> ThirdPartyChoices = [new("yes", "Yes"), new("no", "No, it will be built in-house")];

    [Display(Name = "What type of analytics will the tool use?")]
    public string? AnalyticsType { get; set; }

    [Display(Name = "Will a third party build or run the tool?")]
    public string? ThirdParty { get; set; }

    [Display(Name = "If you are changing the type of analytics, why?")]
    public string? ChangeReason { get; set; }

    public AnalyticsType? ChosenType => Enum.TryParse<AnalyticsType>(AnalyticsType, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    public bool InvolvesThirdParty => ThirdParty == "yes";
}

public sealed class SolutionInputValidator : AbstractValidator<SolutionInput>
{
    public SolutionInputValidator()
    {
        RuleFor(x => x.AnalyticsType).Must((input, _) => input.ChosenType is not null).WithMessage("Select the type of analytics");
        RuleFor(x => x.ThirdParty).Must(v => v is "yes" or "no").WithMessage("Select whether a third party will build or run the tool");
        RuleFor(x => x.ChangeReason).OptionalText(TextLimits.Reason, "Why the type of analytics is changing");
    }
}
