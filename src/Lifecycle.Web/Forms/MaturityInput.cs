using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Forms;

/// <summary>The five components of the self-assessment, in a fixed order so the form binds by index.</summary>
public sealed class MaturityInput
{
    public List<ComponentInput> Components { get; set; } = [];

    public static MaturityInput From(IEnumerable<MaturityScore> saved) => new()
    {
        Components = Enum.GetValues<MaturityComponent>()
            .Select(c => saved.FirstOrDefault(s => s.Component == c) is { } s
                ? new ComponentInput { Score = s.Score, Justification = s.Justification }
                : new ComponentInput())
            .ToList(),
    };

    public IReadOnlyList<ComponentScore> ToScores() =>
        Enum.GetValues<MaturityComponent>()
            .Select((component, i) => new ComponentScore(component, Components[i].Score ?? 0, Components[i].Justification))
            .ToList();

    public sealed class ComponentInput
    {
        public int? Score { get; set; }

        public string? Justification { get; set; }
    }
}

public sealed class MaturityInputValidator : AbstractValidator<MaturityInput>
{
    public MaturityInputValidator()
    {
        RuleFor(x => x.Components).Must(c => c.Count == Enum.GetValues<MaturityComponent>().Length)
            .WithMessage("Score all five parts of data maturity");
        RuleForEach(x => x.Components).ChildRules(component =>
        {
            component.RuleFor(c => c.Score).NotNull().WithMessage("Select a score")
                .InclusiveBetween(MaturityScale.Lowest, MaturityScale.Highest).WithMessage("Score must be from 1 to 5");
            component.RuleFor(c => c.Justification).Must(j => !string.IsNullOrWhiteSpace(j)).WithMessage("Explain why you gave this score")
                .MaximumLength(TextLimits.LongText).WithMessage($"Explanation must be {TextLimits.LongText:N0} characters or fewer");
        });
    }
}
