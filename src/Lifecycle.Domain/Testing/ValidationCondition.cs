namespace Lifecycle.Domain.Testing;

/// <summary>
/// One condition an external validator set on going live. It is met once someone records how;
/// every condition must be met before the tool goes live (stage 8).
/// </summary>
public sealed class ValidationCondition
{
    private ValidationCondition()
    {
        Text = string.Empty;
    }

    internal ValidationCondition(int number, string text)
    {
        Number = number;
        Text = text;
    }

    public int Number { get; private set; }

    public string Text { get; private set; }

    public string? HowMet { get; private set; }

    public string? MetByName { get; private set; }

    public DateTime? MetAt { get; private set; }

    public bool IsMet => MetAt.HasValue;

    internal void MarkMet(string how, Actor actor, DateTime at)
    {
        HowMet = how;
        MetByName = actor.Name;
        MetAt = at;
    }
}
