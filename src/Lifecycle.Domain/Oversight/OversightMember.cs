namespace Lifecycle.Domain.Oversight;

public sealed class OversightMember
{
    private OversightMember()
    {
        Name = string.Empty;
    }

    internal OversightMember(Guid projectId, string name, string? organisation, string? expertise, Independence independence, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Name = DomainText.Required(name, TextLimits.Name, "Name");
        Organisation = DomainText.Optional(organisation, TextLimits.Name, "Organisation");
        Expertise = DomainText.Optional(expertise, TextLimits.ShortText, "Expertise");
        Independence = independence;
        AddedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Name { get; private set; }

    public string? Organisation { get; private set; }

    public string? Expertise { get; private set; }

    public Independence Independence { get; private set; }

    public DateTime AddedAt { get; private set; }
}
