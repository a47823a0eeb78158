namespace Lifecycle.Domain.Governance;

/// <summary>An entry in the project's impact assessment register (stage 4 onwards).</summary>
public sealed class ImpactAssessment
{
    private ImpactAssessment()
    {
        Title = string.Empty;
    }

    internal ImpactAssessment(Guid projectId, ImpactAssessmentKind kind, ImpactAssessmentDetails details, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Kind = kind;
        Title = string.Empty;
        Apply(details, at);
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public ImpactAssessmentKind Kind { get; private set; }

    public string Title { get; private set; }

    public ImpactAssessmentStatus Status { get; private set; }

    public string? NotRequiredReason { get; private set; }

    public string? Owner { get; private set; }

    public string? Reference { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateOnly? NextReviewOn { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public ImpactAssessmentDetails Details => new(Title, Status, NotRequiredReason, Owner, Reference, CompletedOn, NextReviewOn);

    internal void Apply(ImpactAssessmentDetails details, DateTime at)
    {
        Title = Kind == ImpactAssessmentKind.Other
            ? DomainText.Required(details.Title, TextLimits.Name, "Title")
            : ImpactAssessmentText.StandardTitle(Kind);
        Status = details.Status;
        NotRequiredReason = details.Status == ImpactAssessmentStatus.NotRequired ? DomainText.Optional(details.NotRequiredReason, TextLimits.Reason, "Reason") : null;
        Owner = DomainText.Optional(details.Owner, TextLimits.Name, "Owner");
        Reference = DomainText.Optional(details.Reference, TextLimits.Url, "Reference");
        CompletedOn = details.CompletedOn;
        NextReviewOn = details.NextReviewOn;
        UpdatedAt = at;
    }
}
