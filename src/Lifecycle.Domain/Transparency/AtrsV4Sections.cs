namespace Lifecycle.Domain.Transparency;

/// <summary>The sheets of the ATRS v4.0 template, in order.</summary>
public static class AtrsV4Sections
{
    public const string Summary = "Summary information";
    public const string Owner = "Owner and responsibility";
    public const string Description = "Description and rationale";
    public const string Deployment = "Deployment context";
    public const string Tool = "Tool specification";
    public const string Model = "Model specification";
    public const string DevelopmentData = "Development data specification";
    public const string OperationalData = "Operational data specification";
    public const string Risks = "Risks, mitigations and impact assessments";

    public static IReadOnlyList<string> All { get; } = [Summary, Owner, Description, Deployment, Tool, Model, DevelopmentData, OperationalData, Risks];
}
