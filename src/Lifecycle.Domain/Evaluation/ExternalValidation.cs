using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Evaluation;

/// <summary>An expert outside the team checked the tool and its results (stage 7).</summary>
public sealed class ExternalValidation
{
    private ExternalValidation()
    {
        Validator = Organisation = Conclusion = RecordedByName = string.Empty;
    }

    internal ExternalValidation(Guid projectId, string validator, string organisation, DateOnly validatedOn, string conclusion, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Validator = validator;
        Organisation = organisation;
        ValidatedOn = validatedOn;
        Conclusion = conclusion;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Validator { get; private set; }

    public string Organisation { get; private set; }

    public DateOnly ValidatedOn { get; private set; }

    public string Conclusion { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTime RecordedAt { get; private set; }
}
