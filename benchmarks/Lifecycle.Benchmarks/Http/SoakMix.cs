using System.Net;

namespace Lifecycle.Benchmarks.Http;

internal sealed record SoakRequest(string Kind, Func<Task<HttpResponseMessage>> Send, HttpStatusCode Expected);

/// <summary>
/// What the soak sends: mostly reads of the largest organisation's portfolio and projects, one request in twenty a
/// feedback item added through the form (spread over many projects, as a day's work would be), and the packs.
/// </summary>
internal sealed class SoakMix
{
    public const string PackKind = "oversight pack PDF";
    private readonly Session _manager;
    private readonly Session _demo;
    private readonly Guid _packProject;
    private readonly IReadOnlyList<Guid> _projects;
    private readonly IReadOnlyList<(Guid Project, string Token, string Version)> _feedbackForms;

    private SoakMix(Session manager, Session demo, Guid packProject, IReadOnlyList<Guid> projects, IReadOnlyList<(Guid, string, string)> feedbackForms)
    {
        _manager = manager;
        _demo = demo;
        _packProject = packProject;
        _projects = projects;
        _feedbackForms = feedbackForms;
    }

    public int ProjectCount => _projects.Count;

    public static async Task<SoakMix> PrepareAsync(Uri address)
    {
        var manager = await Session.SignInAsync(address, "manager@org001.scale.lifecycle.test", HttpBenchmark.Password);
        var demo = await Session.SignInAsync(address, "manager@demo.lifecycle.test", HttpBenchmark.Password);
        var packProject = (await demo.FirstProjectsAsync("?q=forecast", 1))[0];
        var projects = new List<Guid>();
        foreach (var stage in Enumerable.Range(1, 9))
        {
            projects.AddRange(await manager.FirstProjectsAsync($"?stage={stage}&status=Active", 4));
        }

        var forms = new List<(Guid, string, string)>();
        foreach (var project in projects)
        {
            var form = await manager.GetAsync(FeedbackForm.PathFor(project));
            forms.Add((project, Session.TokenIn(form), Session.VersionIn(form)));
        }

        return new SoakMix(manager, demo, packProject, projects, forms);
    }

    public SoakRequest Pack() => new(PackKind, () => _demo.SendAsync($"/projects/{_packProject}/pack/pdf"), HttpStatusCode.OK);

    /// <summary>The n-th request of the mix: a fixed cycle of twenty, each on the next project in turn.</summary>
    public SoakRequest Next(long n)
    {
        var project = _projects[(int)(n / 20 % _projects.Count)];
        return (n % 20) switch
        {
            0 or 1 => Read("portfolio", "/"),
            2 => Read("portfolio, filtered", $"/?stage={n / 20 % 9 + 1}"),
            3 => Read("portfolio, searched", "/?q=forecast"),
            4 or 5 or 6 or 7 => Read("project overview", $"/projects/{project}"),
            8 or 9 or 10 => Read("stage task list", $"/projects/{project}/stages/{n / 20 % 10 + 1}"),
            11 or 12 => Read("audit trail", $"/projects/{project}/audit"),
            13 => Read("risk log", $"/projects/{project}/risks"),
            14 => Read("engagement registers", $"/projects/{project}/engagement"),
            15 => Read("testing", $"/projects/{project}/testing"),
            16 => Read("monitoring", $"/projects/{project}/monitoring"),
            17 => Read("audit trail, page 2", $"/projects/{project}/audit?pageNumber=2"),
            18 => Read("feedback form", FeedbackForm.PathFor(project)),
            _ => AddFeedback(n),
        };
    }

    private SoakRequest Read(string kind, string path) => new(kind, () => _manager.SendAsync(path), HttpStatusCode.OK);

    private SoakRequest AddFeedback(long n)
    {
        var (project, token, version) = _feedbackForms[(int)(n / 20 % _feedbackForms.Count)];
        var fields = FeedbackForm.Fields(token, version, $"Soak feedback {n}: the ranges are hard to read on a phone.");
        return new("add a feedback item (form POST)", () => _manager.PostAsync(FeedbackForm.PathFor(project), fields), HttpStatusCode.Redirect);
    }
}
