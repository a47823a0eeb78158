namespace Lifecycle.Domain.Framework;

/// <summary>A question of the ethics workbook, answered by the end of its phase.</summary>
public sealed record WorkbookQuestion(int Number, Phase Phase, string Text, string Hint);
