using Lifecycle.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lifecycle.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` use this project as its own startup project. No database is contacted to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LifecycleDbContext>
{
    public LifecycleDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<LifecycleDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" }, Directory.GetCurrentDirectory());
        return new LifecycleDbContext(builder.Options);
    }
}
