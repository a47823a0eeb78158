using System.Text.RegularExpressions;
using Lifecycle.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;

namespace Lifecycle.Web.Tests.Startup;

/// <summary>Issue 27, point 4: what a council's IT engineer copies and runs is complete.</summary>
public sealed partial class ComposeFileTests
{
    private static readonly string Compose = File.ReadAllText(Path.Combine(Repository.Root(), "docker-compose.yml"));

    [Fact]
    public void EveryVariableTheComposeFileReads_IsInTheExampleEnvironmentFile()
    {
        var example = File.ReadAllLines(Path.Combine(Repository.Root(), ".env.example"))
            .Where(l => !l.StartsWith('#') && l.Contains('=', StringComparison.Ordinal)).Select(l => l[..l.IndexOf('=', StringComparison.Ordinal)]).ToHashSet();

        var read = ComposeVariable().Matches(Compose).Select(m => m.Groups[1].Value).Distinct().Order().ToList();

        Assert.Contains("PUBLIC_BASE_URL", read);
        Assert.Equal([], read.Except(example));
    }

    [Fact]
    public void TheWebService_RestartsAndIsHealthChecked_AndNoPasswordIsWrittenIntoAConnectionString()
    {
        var web = Compose[Compose.IndexOf("\n  web:", StringComparison.Ordinal)..];

        Assert.Contains("restart: unless-stopped", web, StringComparison.Ordinal);
        Assert.Contains("GET /health", web, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void APasswordWithASemicolonOrQuote_ReachesSqlServerWhole()
    {
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=db;Database=lifecycle;User Id=lifecycle_app;TrustServerCertificate=True;Encrypt=True",
            Password = "Se;cret='x\"1",
        };

        var built = new SqlConnectionStringBuilder(DbContextOptionsConfigurator.SqlServerConnectionString(options));

        Assert.Equal("Se;cret='x\"1", built.Password);
        Assert.Equal("lifecycle_app", built.UserID);
    }

    /// <summary>"${NAME" or "${NAME:-default}" read from the environment file; "$${…}" is the container's own shell.</summary>
    [GeneratedRegex(@"(?<!\$)\$\{([A-Z][A-Z0-9_]*)")]
    private static partial Regex ComposeVariable();
}
