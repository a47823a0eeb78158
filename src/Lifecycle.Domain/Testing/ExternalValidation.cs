namespace Lifecycle.Domain.Testing;

/// <summary>An expert outside the team checked the tool and its results (stage 7).</summary>
public sealed class ExternalValidation
{
    private readonly List<ValidationCondition> _conditions = [];

    private ExternalValidation()
    {
        Validator = Organisation = Conclusion = RecordedByName = string.Empty;
    }

    internal ExternalValidation(Guid projectId, string validator, string organisation, DateOnly validatedOn, ValidationVerdict verdict, string conclusion,
        IEnumerable<string> conditions, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Validator = validator;
        Organisation = organisation;
        ValidatedOn = validatedOn;
        Verdict = verdict;
        Conclusion = conclusion;
        _conditions.AddRange(conditions.Select((text, index) => new ValidationCondition(index + 1, text)));
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Validator { get; private set; }

    public string Organisation { get; private set; }

    public DateOnly ValidatedOn { get; private set; }

    public ValidationVerdict Verdict { get; private set; }

    /// <summary>The validator's reasoning, in their words.</summary>
    public string Conclusion { get; private set; }

    public IReadOnlyList<ValidationCondition> Conditions => _conditions;

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
