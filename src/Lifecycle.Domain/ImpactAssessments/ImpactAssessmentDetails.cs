namespace Lifecycle.Domain.ImpactAssessments;

/// <summary>What the team records about one impact assessment. The document itself lives elsewhere.</summary>
public sealed record ImpactAssessmentDetails(
    string? Title,
    ImpactAssessmentStatus Status,
    string? NotRequiredReason,
    string? Owner,
    string? Reference,
    DateOnly? CompletedOn,
    DateOnly? NextReviewOn);
