namespace Lifecycle.Domain.SignOffs;

/// <summary>A project's business case as it stands now. Earlier versions live in the audit trail.</summary>
public sealed class BusinessCase
{
    private BusinessCase()
    {
        Details = null!;
        UpdatedByName = string.Empty;
    }

    internal BusinessCase(Guid projectId, BusinessCaseDetails details, Common.Actor actor, DateTime at)
    {
        ProjectId = projectId;
        Details = details;
        Touch(actor, at);
        UpdatedByName = actor.Name;
    }

    public Guid ProjectId { get; private set; }

    public BusinessCaseDetails Details { get; private set; }

    public Guid UpdatedById { get; private set; }

    public string UpdatedByName { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    internal void Replace(BusinessCaseDetails details, Common.Actor actor, DateTime at)
    {
        Details = details;
        Touch(actor, at);
    }

    private void Touch(Common.Actor actor, DateTime at)
    {
        UpdatedById = actor.PersonId;
        UpdatedByName = actor.Name;
        UpdatedAt = at;
    }
}
