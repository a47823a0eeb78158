namespace Lifecycle.Application.Abstractions;

/// <summary>Where the database's schema stands against the migrations this version carries.</summary>
public interface ISchemaStatus
{
    Task<SchemaState> ReadAsync(CancellationToken cancellationToken);
}

/// <param name="Pending">Migrations this version has that the database has not applied, oldest first.</param>
/// <param name="Applied">Migrations the database has applied, oldest first.</param>
public sealed record SchemaState(IReadOnlyList<string> Pending, IReadOnlyList<string> Applied);
