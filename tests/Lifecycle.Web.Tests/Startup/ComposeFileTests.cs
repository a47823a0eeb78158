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

    [Fact]
    public async Task TheLoginsScript_CarriesAPasswordWithAQuoteOrSemicolon_WholeIntoTheSql()
    {
        const string migrator = "Mig'ra;tor\"1";
        const string app = "O'Brien's;pass";
        var folder = Directory.CreateTempSubdirectory("lifecycle-sqlcmd-").FullName;
        var standIn = Path.Combine(folder, "sqlcmd");
        await File.WriteAllTextAsync(standIn, "#!/bin/bash\nprintf '%s\\0' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var start = new System.Diagnostics.ProcessStartInfo("bash", [Path.Combine(Repository.Root(), "deploy", "sqlserver", "create-logins.sh")])
        {
            RedirectStandardOutput = true,
            Environment = { ["SQLCMD"] = standIn, ["LIFECYCLE_MIGRATOR_PASSWORD"] = migrator, ["LIFECYCLE_APP_PASSWORD"] = app },
        };
        using var run = System.Diagnostics.Process.Start(start)!;
        var arguments = (await run.StandardOutput.ReadToEndAsync()).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        await run.WaitForExitAsync();

        // sqlcmd pastes each -v value into the script where $(NAME) stands, as text.
        var variables = arguments.Where(a => a.Contains('=', StringComparison.Ordinal) && !a.StartsWith('-')).ToDictionary(a => a[..a.IndexOf('=', StringComparison.Ordinal)], a => a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var sql = variables.Aggregate(await File.ReadAllTextAsync(arguments[Array.IndexOf(arguments, "-i") + 1]), (text, v) => text.Replace($"$({v.Key})", v.Value, StringComparison.Ordinal));

        var logins = sql.Split('\n').Where(l => l.Contains("LOGIN", StringComparison.Ordinal) && l.Contains("PASSWORD", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, logins.Count);
        Assert.All(logins.Take(2), l => Assert.Equal(migrator, PasswordIn(l)));
        Assert.All(logins.Skip(2), l => Assert.Equal(app, PasswordIn(l)));
    }

    [Fact]
    public void TheImage_IsBuiltWithTheSdkGlobalJsonNames_AndRunsOnItsRuntime()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Repository.Root(), "Dockerfile"));
        using var globalJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root(), "global.json")));
        var wanted = Version.Parse(globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!);

        var sdk = Version.Parse(Regex.Match(dockerfile, @"ARG DOTNET_SDK_VERSION=(\S+)").Groups[1].Value);
        var runtime = Version.Parse(Regex.Match(dockerfile, @"ARG ASPNET_RUNTIME_VERSION=(\S+)").Groups[1].Value);

        // rollForward latestPatch: the same feature band (10.0.4xx), at or above the patch named.
        Assert.Equal((wanted.Major, wanted.Minor, wanted.Build / 100), (sdk.Major, sdk.Minor, sdk.Build / 100));
        Assert.True(sdk >= wanted, $"The image's SDK {sdk} is older than global.json's {wanted}.");
        Assert.Equal((wanted.Major, wanted.Minor), (runtime.Major, runtime.Minor));
        Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_SDK_VERSION} AS build", dockerfile, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:${ASPNET_RUNTIME_VERSION}", dockerfile, StringComparison.Ordinal);
    }

    /// <summary>The value of the statement's one N'…' literal, read as SQL Server reads it ('' is one '), and nothing after it but SQL.</summary>
    private static string PasswordIn(string statement)
    {
        var literal = Assert.Single(SqlLiteral().Matches(statement));
        Assert.Matches(@"^(, DEFAULT_DATABASE = \[lifecycle\], CHECK_POLICY = ON)?;\s*$", statement[(literal.Index + literal.Length)..]);
        return literal.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
    }

    [GeneratedRegex("N'((?:[^']|'')*)'")]
    private static partial Regex SqlLiteral();

    /// <summary>"${NAME" or "${NAME:-default}" read from the environment file; "$${…}" is the container's own shell.</summary>
    [GeneratedRegex(@"(?<!\$)\$\{([A-Z][A-Z0-9_]*)")]
    private static partial Regex ComposeVariable();
}
