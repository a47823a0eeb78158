namespace Lifecycle.Web.Forms;

/// <summary>The fields shared by registering a project and changing its details.</summary>
public sealed class ProjectDetailsInput
{
    public const string Predictive = "predictive";
    public const string ThirdParty = "third-party";
    public const string HighRisk = "high-risk";

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public List<string> Characteristics { get; set; } = [];

    /// <summary>When the council began the work; empty keeps it as it is (the registration day for a new project).</summary>
    public DateInput WorkBeganOn { get; set; } = new();

    /// <summary>Only when registering: who will manage the project.</summary>
    public Guid? ProjectManagerId { get; set; }

    /// <summary>The people who may be chosen as project manager, when registering; set by the page, never from the form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyCollection<Guid>? ChoosableManagers { get; set; }

    public bool IsPredictive => Characteristics.Contains(Predictive);

    public bool InvolvesThirdParty => Characteristics.Contains(ThirdParty);

    public bool IsHighRisk => Characteristics.Contains(HighRisk);

    public static ProjectDetailsInput From(ProjectDetails details) => new()
    {
        Name = details.Name,
        Description = details.Description,
        WorkBeganOn = DateInput.From(details.WorkBeganOn),
        Characteristics =
        [
            .. details.Facts.IsPredictive ? [Predictive] : Array.Empty<string>(),
            .. details.Facts.InvolvesThirdParty ? [ThirdParty] : Array.Empty<string>(),
            .. details.Facts.IsHighRisk ? [HighRisk] : Array.Empty<string>(),
        ],
    };
}

public sealed class ProjectDetailsInputValidator : AbstractValidator<ProjectDetailsInput>
{
    private static readonly string[] Known = [ProjectDetailsInput.Predictive, ProjectDetailsInput.ThirdParty, ProjectDetailsInput.HighRisk];

    public ProjectDetailsInputValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the project name")
            .MaximumLength(TextLimits.Name).WithMessage($"Project name must be {TextLimits.Name} characters or fewer");
        RuleFor(x => x.Description).MaximumLength(TextLimits.LongText).WithMessage($"Description must be {TextLimits.LongText:N0} characters or fewer");
        RuleFor(x => x.WorkBeganOn).OptionalDate("the day work began");
        RuleFor(x => x.Characteristics).Must(chosen => chosen.All(Known.Contains)).WithMessage("Select only the options listed");
        RuleFor(x => x.ProjectManagerId).Must((input, id) => id is { } person && input.ChoosableManagers!.Contains(person))
            .When(x => x.ChoosableManagers is not null).WithMessage("Select the project manager from the list");
    }
}
