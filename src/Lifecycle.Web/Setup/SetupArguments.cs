namespace Lifecycle.Web.Setup;

/// <summary>
/// <c>setup create-organisation --name "…" --admin-email … --admin-name "…" [--ons-code E09000001]</c>,
/// read strictly: an unknown option or a missing value is an error, never a guess.
/// </summary>
public sealed record SetupArguments(string Name, string AdminEmail, string AdminName, string? OnsCode)
{
    public const string Usage =
        "Usage: setup create-organisation --name \"Council name\" --admin-email admin@council.gov.uk --admin-name \"Full name\" [--ons-code E09000001]";

    private static readonly string[] Known = ["--name", "--admin-email", "--admin-name", "--ons-code"];

    /// <summary>The arguments after "setup", or the problems with them, each said plainly.</summary>
    public static (SetupArguments? Arguments, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "create-organisation")
        {
            return (null, [$"Say what to set up: the only command is create-organisation. {Usage}"]);
        }

        var problems = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var option = args[i];
            if (!Known.Contains(option))
            {
                problems.Add($"{option} is not an option of create-organisation.");
            }
            else if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problems.Add($"{option} needs a value.");
            }
            else
            {
                values[option] = args[++i];
            }
        }

        foreach (var (option, what) in new[] { ("--name", "the organisation's name"), ("--admin-email", "the first administrator's email address"), ("--admin-name", "the first administrator's full name") })
        {
            if (string.IsNullOrWhiteSpace(values.GetValueOrDefault(option)) && !problems.Any(p => p.StartsWith(option, StringComparison.Ordinal)))
            {
                problems.Add($"Give {what} with {option}.");
            }
        }

        return problems.Count > 0
            ? (null, [.. problems, Usage])
            : (new SetupArguments(values["--name"].Trim(), values["--admin-email"].Trim(), values["--admin-name"].Trim(), values.GetValueOrDefault("--ons-code")?.Trim()), []);
    }
}
