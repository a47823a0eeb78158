namespace Lifecycle.Domain.Projects;

/// <summary>A decision to keep a tool in use answers something that no longer holds; there must be something.</summary>
public sealed class ToolMustNeedAttentionRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.NeedsAttention;

    public string Message => "a rule of a gate the tool passed earlier no longer holds";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Every gate this tool passed still holds, so there is nothing to decide: record monitoring reviews as usual";
}
