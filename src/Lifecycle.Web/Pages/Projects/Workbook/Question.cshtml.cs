using Lifecycle.Application.Workbook;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Web.Pages.Projects.Workbook;

/// <summary>One workbook question: the current answer, a form to save a new version, and every earlier version.</summary>
public sealed class QuestionModel(GetProject getProject, AnswerWorkbookQuestionHandler answer, ConfirmWorkbookAnswerHandler confirm) : ProjectPageModel
{
    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public WorkbookAnswerInput Input { get; set; } = new();

    /// <summary>The version of this question's answer the person saw: another person's answer to a different question does not clash.</summary>
    [BindProperty]
    public int AnswerVersion { get; set; }

    public Project Project { get; private set; } = null!;

    public WorkbookQuestion Question { get; private set; } = null!;

    /// <summary>A stopped live tool still has its Implement answers looked at again, as retiring it would ask.</summary>
    public bool CanEdit => Can(ProjectOperation.RecordAssessment) && (!Project.IsReadOnly || (Project.IsWindingDown && Question.Phase == Phase.Implement));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Input.Answer = Project.CurrentAnswer(Number)?.Text;
        Version = Project.Version;
        AnswerVersion = WorkbookAnswerStamp.Of(Project, Number);
        return Page();
    }

    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (LifecycleFramework.FindWorkbookQuestion(Number) is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(Input))
        {
            var outcome = await TryChangeAsync(
                () => answer.HandleAsync(new AnswerWorkbookQuestion(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Number, Input.Answer, AnswerVersion), HttpContext.RequestAborted),
                $"Your answer to question {Number} has been saved.",
                Links.WorkbookQuestion(ProjectId, Number),
                "Input.Answer");
            if (outcome is not null)
            {
                return outcome;
            }
        }

        await LoadAsync();
        ShowLatestVersion(Project.Version);
        ModelState.Remove(nameof(AnswerVersion));
        AnswerVersion = WorkbookAnswerStamp.Of(Project, Number);
        return Page();
    }

    /// <summary>The answer was looked at again and still stands (needed for the Implement answers before a retirement completes).</summary>
    [RequiresProjectOperation(ProjectOperation.RecordAssessment)]
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        if (LifecycleFramework.FindWorkbookQuestion(Number) is null)
        {
            return NotFound();
        }

        var outcome = await TryChangeAsync(
            () => confirm.HandleAsync(new ConfirmWorkbookAnswer(ProjectId, CurrentUser.OrganisationId, Version, CurrentUser.Actor, Number, AnswerVersion), HttpContext.RequestAborted),
            $"Your answer to question {Number} is recorded as still right.",
            Links.WorkbookQuestion(ProjectId, Number),
            "Input.Answer");
        if (outcome is not null)
        {
            return outcome;
        }

        await LoadAsync();
        Input.Answer = Project.CurrentAnswer(Number)?.Text;
        ShowLatestVersion(Project.Version);
        ModelState.Remove(nameof(AnswerVersion));
        AnswerVersion = WorkbookAnswerStamp.Of(Project, Number);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (LifecycleFramework.FindWorkbookQuestion(Number) is not { } question)
        {
            return false;
        }

        Question = question;
        Project = await getProject.ForAsync(ProjectId, CurrentUser.OrganisationId, HttpContext.RequestAborted);
        return true;
    }
}
