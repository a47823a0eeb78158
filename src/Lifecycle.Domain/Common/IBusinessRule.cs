namespace Lifecycle.Domain.Common;

/// <summary>A named rule the domain checks before it changes state.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    /// <summary>
    /// What must be true, in plain English: listed under "You cannot move to … until:" when a stage gate
    /// is closed, and in the generated rule reference.
    /// </summary>
    string Message { get; }

    /// <summary>
    /// What is wrong and what to do, as a sentence that stands on its own: shown when the rule refuses a
    /// change someone asked for. Every rule's is listed in docs/domain/rule-messages.md.
    /// </summary>
    string Refusal { get; }
}
