namespace Lifecycle.Domain.Common;

/// <summary>The person making a change, named as they were at the time.</summary>
public sealed record Actor(Guid PersonId, string Name);
