namespace Lifecycle.Web.Forms;

public sealed class ChecklistItemInput
{
    public const string Done = "done";
    public const string NotApplicable = "not-applicable";
    public const string Open = "open";

    public string? Outcome { get; set; }

    public string? Note { get; set; }

    public string? EvidenceLink { get; set; }

    public string? Reason { get; set; }

    public ChecklistOutcome ChosenOutcome => Outcome switch
    {
        Done => ChecklistOutcome.Done,
        NotApplicable => ChecklistOutcome.NotApplicable,
        _ => ChecklistOutcome.Open,
    };

    public static ChecklistItemInput From(ChecklistItemState? state) => new()
    {
        Outcome = state?.Outcome switch
        {
            ChecklistOutcome.Done => Done,
            ChecklistOutcome.NotApplicable => NotApplicable,
            _ => null,
        },
        Note = state?.Note,
        EvidenceLink = state?.EvidenceLink,
        Reason = state?.NotApplicableReason,
    };
}

public sealed class ChecklistItemInputValidator : AbstractValidator<ChecklistItemInput>
{
    public ChecklistItemInputValidator()
    {
        RuleFor(x => x.Outcome).Must(o => o is ChecklistItemInput.Done or ChecklistItemInput.NotApplicable or ChecklistItemInput.Open)
            .WithMessage("Select whether this item is done, does not apply, or is still to do");
        When(x => x.Outcome == ChecklistItemInput.Done, () =>
        {
            RuleFor(x => x.Note).MaximumLength(TextLimits.LongText).WithMessage($"Note must be {TextLimits.LongText:N0} characters or fewer");
            RuleFor(x => x.EvidenceLink).MaximumLength(TextLimits.Url).WithMessage($"Evidence link must be {TextLimits.Url:N0} characters or fewer")
                .Must(link => string.IsNullOrWhiteSpace(link) || EvidenceLinkMustBeWebAddressRule.IsWebAddress(link.Trim()))
                .WithMessage("Enter the evidence link as a full web address, like https://intranet.example.gov.uk/document");
        });
        When(x => x.Outcome == ChecklistItemInput.NotApplicable, () =>
            RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter why this item does not apply to the project")
                .MaximumLength(TextLimits.Reason).WithMessage($"Reason must be {TextLimits.Reason:N0} characters or fewer"));
    }
}
