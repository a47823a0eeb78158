namespace Lifecycle.Domain.Projects;

/// <summary>
/// A monitoring review concludes "continue" only while every gate the tool passed still holds, or a senior leader
/// has decided, with a reason, to keep it in use meanwhile.
/// </summary>
public sealed class LiveToolMustNotNeedAttentionRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.Attention is { IsNeeded: true, KeptInUse: null };

    public string Message => "what no longer holds of the gates this tool passed is put right, or a senior leader decides, with a reason, to keep it in use meanwhile";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal =>
        $"The tool needs attention, so this review cannot conclude ‘continue’: {string.Join("; ", project.Attention.NoLongerHolding.Select(r => r.Message))}. Put it right, or ask a senior leader to decide whether the tool stays in use meanwhile";
}
