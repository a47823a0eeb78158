using System.Diagnostics;

namespace Lifecycle.Web.Tests.Startup;

/// <summary>
/// Issue 26, point 4: `ASPNETCORE_ENVIRONMENT=Production dotnet run --project src/Lifecycle.Web` runs as Production,
/// although the launch profile sets DOTNET_ENVIRONMENT=Development: checked by starting the real command.
/// </summary>
public sealed class DotnetRunEnvironmentTests
{
    [Fact]
    public async Task DotnetRun_WithASPNETCORE_ENVIRONMENTProduction_RunsAsProduction_WithoutTheDemo()
    {
        var repository = Repository.Root();
        var folder = Directory.CreateTempSubdirectory("lifecycle-run-").FullName;
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", Path.Combine(repository, "src", "Lifecycle.Web"), "--", "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__DataFolder"] = folder,
                ["App__PublicBaseUrl"] = "https://lifecycle.run.test",
                ["Audit__SealKey"] = LifecycleFactory.TestSealKey,
                ["DataProtection__AllowUnencryptedKeys"] = "true",
            },
        };
        using var process = Process.Start(start)!;
        var seen = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                seen.Add(line);
                if (line.Contains("Hosting environment:", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.Contains(seen, line => line.Contains("Hosting environment: Production", StringComparison.Ordinal));
        Assert.DoesNotContain(seen, line => line.Contains("Demo organisation created", StringComparison.Ordinal));
    }
}
