namespace Lifecycle.Domain.ImpactAssessments;

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

    /// <summary>When the assessment last changed; saving it unchanged does not count as looking at it again.</summary>
    public DateTime UpdatedAt { get; private set; }

    /// <summary>When someone last confirmed, with a reason, that the assessment still stands as it is (after a change of scope).</summary>
    public DateTime? ConfirmedUnchangedAt { get; private set; }

    public string? ConfirmedUnchangedReason { get; private set; }

    /// <summary>When the assessment was last looked at: changed, or confirmed unchanged with a reason.</summary>
    public DateTime LastLookedAt => ConfirmedUnchangedAt is { } confirmed && confirmed > UpdatedAt ? confirmed : UpdatedAt;

    public ImpactAssessmentDetails Details => new(Title, Status, NotRequiredReason, Owner, Reference, CompletedOn, NextReviewOn);

    internal void Apply(ImpactAssessmentDetails details, DateTime at)
    {
        var before = Details;
        Title = Kind == ImpactAssessmentKind.Other
            ? DomainText.Required(details.Title, TextLimits.Name, "Title")
            : ImpactAssessmentText.StandardTitle(Kind);
        Status = details.Status;
        NotRequiredReason = details.Status == ImpactAssessmentStatus.NotRequired ? DomainText.Optional(details.NotRequiredReason, TextLimits.Reason, "Reason") : null;
        Owner = DomainText.Optional(details.Owner, TextLimits.Name, "Owner");
        Reference = DomainText.Optional(details.Reference, TextLimits.Url, "Reference");
        CompletedOn = details.CompletedOn;
        NextReviewOn = details.NextReviewOn;
        if (Details != before || UpdatedAt == default)
        {
            UpdatedAt = at;
        }
    }

    internal void ConfirmUnchanged(string reason, DateTime at)
    {
        ConfirmedUnchangedAt = at;
        ConfirmedUnchangedReason = reason;
    }
}
