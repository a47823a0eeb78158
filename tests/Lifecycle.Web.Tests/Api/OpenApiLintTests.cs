using System.Diagnostics;
using System.Text.Json;

namespace Lifecycle.Web.Tests.Api;

/// <summary>Issue 27, point 2: the OpenAPI document passes Redocly's recommended rules with no errors and no warnings.</summary>
public sealed class OpenApiLintTests(OpenApiLintTests.AtAPublicAddress factory) : IClassFixture<OpenApiLintTests.AtAPublicAddress>
{
    /// <summary>The app as a council runs it, at its own address (the document names it as the server).</summary>
    public sealed class AtAPublicAddress : LifecycleFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("App:PublicBaseUrl", "https://lifecycle.northshire.gov.uk/")];
    }

    [Fact]
    public async Task RedoclyLint_FindsNoErrorsAndNoWarnings()
    {
        var cli = Path.Combine(Repository.Root(), "tests", "tools", "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli))
        {
            const string why = "Redocly is not installed: run npm ci --prefix tests/tools.";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(why + " CI must lint the API document.");
            }

            Assert.Skip(why + " The lint is skipped on this machine.");
        }

        var document = Path.Combine(Directory.CreateTempSubdirectory("lifecycle-openapi-").FullName, "openapi.json");
        await File.WriteAllTextAsync(document, await factory.CreateClient().GetStringAsync("/api/v1/openapi.json"));
        var start = new ProcessStartInfo("node", [cli, "lint", document, "--config", Path.Combine(Repository.Root(), "redocly.yaml"), "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
        };
        using var lint = Process.Start(start)!;
        var output = await lint.StandardOutput.ReadToEndAsync();
        var errors = await lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        using var report = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        var problems = report.RootElement.GetProperty("problems").EnumerateArray().Select(p => $"{p.GetProperty("ruleId")}: {p.GetProperty("message")}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + errors);
        Assert.Equal(0, lint.ExitCode);
    }
}
