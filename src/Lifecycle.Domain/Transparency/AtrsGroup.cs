namespace Lifecycle.Domain.Transparency;

/// <summary>The parts of an ATRS v3.0 record; each becomes a JSON object. Model and data parts repeat per model or dataset.</summary>
public sealed record AtrsGroup(string Key, string Title, int? Instance = null);
