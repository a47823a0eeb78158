using System.Globalization;
using Lifecycle.Infrastructure.Seeding;

namespace Lifecycle.Web.Setup;

/// <summary>The options of <c>setup seed-scale</c>: whole numbers, each with a default that matches the benchmark's targets.</summary>
public static class ScaleSeedArguments
{
    public static readonly ScaleSeedRequest Defaults = new(Organisations: 150, Projects: 10_000, LargestOrganisationProjects: 500, AuditEntries: 1_000_000);

    public static (ScaleSeedRequest? Request, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, long>
        {
            ["--organisations"] = Defaults.Organisations,
            ["--projects"] = Defaults.Projects,
            ["--audit-entries"] = Defaults.AuditEntries,
        };
        var problems = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (!values.ContainsKey(option) && option != "--largest")
            {
                problems.Add($"{option} is not an option of seed-scale.");
            }
            else if (i + 1 >= args.Count || !long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                problems.Add($"{option} needs a whole number of at least 1.");
                i++;
            }
            else
            {
                values[option] = number;
                i++;
            }
        }

        // Unless told otherwise the largest organisation holds 500 projects (all of them if it is the only one), leaving at least one for each of the others.
        var (organisations, projects) = (values["--organisations"], values["--projects"]);
        values.TryAdd("--largest", organisations == 1 ? projects : Math.Max(1, Math.Min(Defaults.LargestOrganisationProjects, projects - (organisations - 1))));
        if (problems.Count == 0)
        {
            problems.AddRange(Inconsistencies(values["--organisations"], values["--projects"], values["--largest"]));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ScaleSeedRequest((int)values["--organisations"], (int)values["--projects"], (int)values["--largest"], values["--audit-entries"]), []);
    }

    private static IEnumerable<string> Inconsistencies(long organisations, long projects, long largest)
    {
        if (organisations > 10_000 || projects > 1_000_000)
        {
            yield return "seed-scale makes at most 10,000 organisations and 1,000,000 projects.";
        }

        if (largest > projects)
        {
            yield return $"--largest ({largest}) cannot be more than --projects ({projects}).";
        }

        if (organisations == 1 && largest != projects)
        {
            yield return $"With one organisation it holds every project: make --largest {projects} or leave it out.";
        }

        if (organisations > 1 && projects - largest < organisations - 1)
        {
            yield return $"{projects} projects are too few to give each of {organisations} organisations at least one when the largest holds {largest}.";
        }
    }
}
