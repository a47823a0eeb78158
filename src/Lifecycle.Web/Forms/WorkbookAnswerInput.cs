namespace Lifecycle.Web.Forms;

/// <summary>An answer to one ethics workbook question. It may be saved empty and written over several visits; the gates ask for it.</summary>
public sealed class WorkbookAnswerInput
{
    /// <summary>Workbook answers are the longest free text in the app: twice the usual limit.</summary>
    public const int Limit = TextLimits.LongText * 2;

    public string? Answer { get; set; }
}

public sealed class WorkbookAnswerInputValidator : AbstractValidator<WorkbookAnswerInput>
{
    public WorkbookAnswerInputValidator() =>
        RuleFor(x => x.Answer).OptionalText(WorkbookAnswerInput.Limit, "Answer");
}
