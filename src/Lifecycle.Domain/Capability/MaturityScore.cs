namespace Lifecycle.Domain.Capability;

/// <summary>One component's score in a project's current data maturity self-assessment.</summary>
public sealed class MaturityScore
{
    private MaturityScore()
    {
        Justification = AssessedByName = string.Empty;
    }

    internal MaturityScore(Guid projectId, MaturityComponent component, int score, string justification, Actor actor, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Component = component;
        Score = score;
        Justification = justification;
        AssessedById = actor.PersonId;
        AssessedByName = actor.Name;
        AssessedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public MaturityComponent Component { get; private set; }

    public int Score { get; private set; }

    public string Justification { get; private set; }

    public Guid AssessedById { get; private set; }

    public string AssessedByName { get; private set; }

    public DateTime AssessedAt { get; private set; }

    internal void Rescore(int score, string justification, Actor actor, DateTime at)
    {
        Score = score;
        Justification = justification;
        AssessedById = actor.PersonId;
        AssessedByName = actor.Name;
        AssessedAt = at;
    }
}
