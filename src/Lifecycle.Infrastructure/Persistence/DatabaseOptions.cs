namespace Lifecycle.Infrastructure.Persistence;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Optional for SQLite (a file in the data folder is used); required for SQL Server.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The SQL Server login's password, given apart from the connection string so that any character in it works
    /// (a ";" or "=" inside a connection string ends the value). Replaces any password in <see cref="ConnectionString"/>.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>Folder for the SQLite file, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Apply migrations when the app starts. Production deployments may prefer a reviewed script.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
