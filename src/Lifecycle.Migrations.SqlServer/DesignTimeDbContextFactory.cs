using Lifecycle.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lifecycle.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` use this project as its own startup project. No database is contacted to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LifecycleDbContext>
{
    public LifecycleDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<LifecycleDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=localhost;Database=lifecycle_design;Trusted_Connection=True;TrustServerCertificate=True" }, Directory.GetCurrentDirectory());
        return new LifecycleDbContext(builder.Options);
    }
}
