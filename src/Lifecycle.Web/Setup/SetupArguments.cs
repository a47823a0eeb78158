using Lifecycle.Infrastructure.Seeding;

namespace Lifecycle.Web.Setup;

/// <summary>
/// <c>setup create-organisation --name "…" --admin-email … --admin-name "…" [--ons-code E09000001]</c> or
/// <c>setup grant-service-administrator --email …</c>, read strictly: an unknown option or a missing
/// value is an error, never a guess.
/// </summary>
public sealed record SetupArguments(string Command, string? Name, string AdminEmail, string? AdminName, string? OnsCode, ScaleSeedRequest? Scale = null)
{
    public const string CreateOrganisation = "create-organisation";
    public const string GrantServiceAdministrator = "grant-service-administrator";
    public const string Migrate = "migrate";
    public const string SeedScale = "seed-scale";

    public const string Usage =
        "Usage: setup create-organisation --name \"Council name\" --admin-email admin@council.gov.uk --admin-name \"Full name\" [--ons-code E09000001]" +
        "\n       setup grant-service-administrator --email person@council.gov.uk" +
        "\n       setup migrate" +
        "\n       setup seed-scale [--organisations 150] [--projects 10000] [--largest 500] [--audit-entries 1000000]   (Development only)";

    /// <summary>The arguments after "setup", or the problems with them, each said plainly.</summary>
    public static (SetupArguments? Arguments, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not (CreateOrganisation or GrantServiceAdministrator or Migrate or SeedScale))
        {
            return (null, [$"Say what to set up: the commands are create-organisation, grant-service-administrator, migrate and seed-scale.", Usage]);
        }

        if (args[0] == SeedScale)
        {
            var (scale, scaleProblems) = ScaleSeedArguments.Parse(args.Skip(1).ToList());
            return scale is null ? (null, [.. scaleProblems, Usage]) : (new SetupArguments(SeedScale, null, string.Empty, null, null, scale), []);
        }

        if (args[0] == Migrate)
        {
            return args.Count == 1 ? (new SetupArguments(Migrate, null, string.Empty, null, null), []) : (null, ["migrate takes no options.", Usage]);
        }

        var command = args[0];
        string[] known = command == CreateOrganisation ? ["--name", "--admin-email", "--admin-name", "--ons-code"] : ["--email"];
        (string Option, string What)[] required = command == CreateOrganisation
            ? [("--name", "the organisation's name"), ("--admin-email", "the first administrator's email address"), ("--admin-name", "the first administrator's full name")]
            : [("--email", "the person's email address")];

        var problems = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var option = args[i];
            if (!known.Contains(option))
            {
                problems.Add($"{option} is not an option of {command}.");
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

        foreach (var (option, what) in required)
        {
            if (string.IsNullOrWhiteSpace(values.GetValueOrDefault(option)) && !problems.Any(p => p.StartsWith(option, StringComparison.Ordinal)))
            {
                problems.Add($"Give {what} with {option}.");
            }
        }

        return problems.Count > 0
            ? (null, [.. problems, Usage])
            : (new SetupArguments(command, values.GetValueOrDefault("--name")?.Trim(), (values.GetValueOrDefault("--admin-email") ?? values["--email"]).Trim(),
                values.GetValueOrDefault("--admin-name")?.Trim(), values.GetValueOrDefault("--ons-code")?.Trim()), []);
    }
}
