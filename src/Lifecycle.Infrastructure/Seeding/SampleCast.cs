namespace Lifecycle.Infrastructure.Seeding;

/// <summary>The people who make a sample project's records; the leader must hold the senior leader role on it.</summary>
public sealed record SampleCast(Actor Manager, Actor Practitioner, Actor Leader);
