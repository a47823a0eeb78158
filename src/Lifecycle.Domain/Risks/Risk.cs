namespace Lifecycle.Domain.Risks;

/// <summary>An entry in the project's risk log.</summary>
public sealed class Risk
{
    private Risk()
    {
        Title = string.Empty;
    }

    internal Risk(Guid projectId, int number, RiskDetails details, DateTime at)
    {
        Id = Guid.NewGuid();
        ProjectId = projectId;
        Number = number;
        Title = string.Empty;
        Apply(details, at);
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>Shown as R1, R2 ...: how people refer to risks in meetings.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public string? Category { get; private set; }

    public int Likelihood { get; private set; }

    public int Impact { get; private set; }

    public string? Owner { get; private set; }

    public string? Mitigation { get; private set; }

    public RiskStatus Status { get; private set; }

    public DateOnly? ReviewOn { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public RiskDetails Details => new(Title, Description, Category, Likelihood, Impact, Owner, Mitigation, Status, ReviewOn);

    public bool IsReviewOverdue(DateOnly today) => Status == RiskStatus.Open && ReviewOn < today;

    internal void Apply(RiskDetails details, DateTime at)
    {
        Title = DomainText.Required(details.Title, TextLimits.Name, "Title");
        Description = DomainText.Optional(details.Description, TextLimits.LongText, "Description");
        Category = DomainText.Optional(details.Category, TextLimits.Name, "Category");
        Likelihood = details.Likelihood;
        Impact = details.Impact;
        Owner = DomainText.Optional(details.Owner, TextLimits.Name, "Owner");
        Mitigation = DomainText.Optional(details.Mitigation, TextLimits.LongText, "Mitigation");
        Status = details.Status;
        ReviewOn = details.ReviewOn;
        UpdatedAt = at;
    }
}
