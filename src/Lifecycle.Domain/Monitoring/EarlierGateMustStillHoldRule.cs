
namespace Lifecycle.Domain.Projects;

/// <summary>A rule of a stage gate the project passed earlier, checked again: it must still hold.</summary>
public sealed class EarlierGateMustStillHoldRule(StageDefinition stage, IBusinessRule rule) : IBusinessRule
{
    public StageDefinition Stage => stage;

    /// <summary>The earlier gate's own rule, so tests and pages can tell which one broke.</summary>
    public IBusinessRule Rule => rule;

    public bool IsBroken() => rule.IsBroken();

    public string Message => $"{stage.NumberedTitle}, passed earlier, holds again: {rule.Message}";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"{stage.NumberedTitle} was passed, but one of its rules no longer holds. {rule.Refusal}";
}
