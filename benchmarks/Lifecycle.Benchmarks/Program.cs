using System.Diagnostics;
using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Development;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.Organisations;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.Projects;
using Lifecycle.Domain.Transparency;
using Lifecycle.Infrastructure.Identity;
using Lifecycle.Infrastructure.Persistence;
using Lifecycle.Infrastructure.Seeding;
using Lifecycle.Web.Exports.Pack;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Benchmarks;

/// <summary>Oversight pack benchmark: time and peak memory to produce the pack for a fully filled project,
/// cold (first pack: JIT, browser start) and warm. Run in Release; see docs/performance.md.</summary>
internal static class PackBenchmark
{
    public static async Task Main(string[] args)
    {
        if (args is ["http", ..])
        {
            await Http.HttpBenchmark.RunAsync(args[1..]);
            return;
        }

        if (args is ["soak", ..])
        {
            await Http.SoakBenchmark.RunAsync(args[1..]);
            return;
        }

        var iterations = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var reviews = Http.Options.Get(args, "--reviews") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var database = Path.Combine(Path.GetTempPath(), $"lifecycle-bench-{Guid.NewGuid():N}.db");
        await using var factory = new WebApplicationFactory<Program>();
        await using var app = factory.WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Benchmark");
            web.UseSolutionRelativeContentRoot("src/Lifecycle.Web");
            web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(
            [
                new("Database:Provider", "Sqlite"),
                new("Database:ConnectionString", $"Data Source={database}"),
                new("Serilog:MinimumLevel:Default", "Warning"),
                new("App:PublicBaseUrl", "http://localhost"),
                new("Audit:SealKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
                new("DataProtection:AllowUnencryptedKeys", "true"),
            ]));
        });
        _ = app.Server; // starts the host, which applies the migrations

        var (organisationId, projectId) = await SeedAsync(app.Services, 1, "Benchmark Borough Council");
        if (args.Contains("--playwright"))
        {
            await PlaywrightSpike.RunAsync(app.Services, organisationId, projectId, iterations);
            File.Delete(database);
            return;
        }

        // With --reviews N the same run also makes the pack of a project with N reviews, taking turns with the first,
        // so the growth is measured on the same warm browser under the same load instead of across two noisy runs.
        var grown = reviews > 1 ? await SeedAsync(app.Services, reviews, "Grown Borough Council") : ((Guid, Guid)?)null;
        await using var memory = new ProcessTreeMemory();

        var cold = await TimeAsync(() => PdfAsync(app.Services, organisationId, projectId));
        var one = new Timings();
        var many = new Timings();
        for (var i = 0; i < iterations; i++)
        {
            await one.AddAsync(app.Services, organisationId, projectId);
            if (grown is var (grownOrganisation, grownProject))
            {
                await many.AddAsync(app.Services, grownOrganisation, grownProject);
            }
        }

        var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"Fully filled project with 1 monitoring review, {iterations} warm runs ({Environment.ProcessorCount} cores)");
        Console.WriteLine($"  cold (first) PDF:    {cold.Ms:F0} ms");
        one.Print();
        if (grown is not null)
        {
            Console.WriteLine($"The same project with {reviews} monitoring reviews, taking turns with the first");
            many.Print();
            Console.WriteLine($"  growth:              {(many.PdfMedian / one.PdfMedian) - 1:P0} (warm PDF median)");
        }

        Console.WriteLine($"  peak memory, app:    {self.PeakWorkingSet64 / 1024 / 1024} MB (working set)");
        Console.WriteLine($"  peak memory, browser:{memory.PeakChildrenBytes / 1024 / 1024} MB (proportional set size, all browser processes)");
        if (Http.Options.Get(args, "--out") is { } folder)
        {
            await KeepAsync(app.Services, organisationId, projectId, folder, 1);
            if (grown is var (grownOrganisation, grownProject))
            {
                await KeepAsync(app.Services, grownOrganisation, grownProject, folder, reviews);
            }
        }

        File.Delete(database);
    }

    private sealed class Timings
    {
        private readonly List<double> _pdf = [];
        private readonly List<double> _html = [];
        private int _bytes;

        public double PdfMedian => Median(_pdf);

        public async Task AddAsync(IServiceProvider services, Guid organisationId, Guid projectId)
        {
            var pdf = await TimeAsync(() => PdfAsync(services, organisationId, projectId));
            _pdf.Add(pdf.Ms);
            _bytes = pdf.Bytes;
            _html.Add((await TimeAsync(() => HtmlAsync(services, organisationId, projectId))).Ms);
        }

        public void Print()
        {
            var sorted = _pdf.Order().ToList();
            Console.WriteLine($"  PDF size:            {_bytes / 1024} KB");
            Console.WriteLine($"  warm PDF median:     {PdfMedian:F0} ms");
            Console.WriteLine($"  warm PDF p95 / max:  {sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1]:F0} / {sorted[^1]:F0} ms");
            Console.WriteLine($"  warm HTML median:    {Median(_html):F1} ms");
        }

        private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }

    /// <summary>Keeps the pack's HTML and PDF (pack-N-reviews.html / .pdf) to see what grows with the number of reviews.</summary>
    private static async Task KeepAsync(IServiceProvider services, Guid organisationId, Guid projectId, string folder, int reviews)
    {
        using var scope = services.CreateScope();
        var exporter = scope.ServiceProvider.GetRequiredService<OversightPackExporter>();
        Directory.CreateDirectory(folder);
        var (_, html) = await exporter.HtmlAsync(projectId, organisationId, "Benchmark", CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(folder, $"pack-{reviews}-reviews.html"), html.Html);
        var export = await exporter.ExportAsync(projectId, organisationId, "Benchmark", CancellationToken.None);
        await File.WriteAllBytesAsync(Path.Combine(folder, $"pack-{reviews}-reviews.pdf"), export.Pdf ?? []);
        Console.WriteLine($"  kept:                {Path.GetFullPath(folder)}");
    }

    private static async Task<(double Ms, int Bytes)> TimeAsync(Func<Task<int>> run)
    {
        var watch = Stopwatch.StartNew();
        var bytes = await run();
        return (watch.Elapsed.TotalMilliseconds, bytes);
    }

    private static async Task<int> PdfAsync(IServiceProvider services, Guid organisationId, Guid projectId)
    {
        using var scope = services.CreateScope();
        var export = await scope.ServiceProvider.GetRequiredService<OversightPackExporter>().ExportAsync(projectId, organisationId, "Benchmark", CancellationToken.None);
        return export.Pdf?.Length ?? throw new InvalidOperationException("The PDF could not be made: " + export.PrintableInstead?.Html.Length + " bytes of printable page instead.");
    }

    private static async Task<int> HtmlAsync(IServiceProvider services, Guid organisationId, Guid projectId)
    {
        using var scope = services.CreateScope();
        var (_, html) = await scope.ServiceProvider.GetRequiredService<OversightPackExporter>().HtmlAsync(projectId, organisationId, "Benchmark", CancellationToken.None);
        return html.Html.Length;
    }

    private static async Task<(Guid Organisation, Guid Project)> SeedAsync(IServiceProvider services, int reviews, string organisationName)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LifecycleDbContext>();
        var start = DateTime.UtcNow.AddDays(-60);
        var organisation = Organisation.Create(Guid.NewGuid(), organisationName, null, start, await Lifecycle.Application.Publication.PublicAddresses.PublicAddressesInUseAsync(db, CancellationToken.None));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var cast = new SampleCast(await PersonAsync(users, organisation, "Priya Manager"), await PersonAsync(users, organisation, "Dan Practitioner"),
            await PersonAsync(users, organisation, "Sam Leader"));
        var project = Project.Register(Guid.NewGuid(), organisation.Id,
            new ProjectDetails("Early help demand forecast", "Forecasts early help demand by locality for family hub planning.", ApplicabilityFacts.None with { IsPredictive = true }),
            cast.Manager, start);
        var administrator = new Actor(Guid.NewGuid(), "Benchmark administrator", IsOrganisationAdministrator: true);
        project.AssignRole(cast.Manager.PersonId, cast.Manager.Name, ProjectRole.ProjectManager, administrator, start);
        project.AssignRole(cast.Practitioner.PersonId, cast.Practitioner.Name, ProjectRole.DataPractitioner, administrator, start);
        project.AssignRole(cast.Leader.PersonId, cast.Leader.Name, ProjectRole.SeniorLeader, administrator, start);
        SampleLiveRecords.FillToFirstReview(project, cast, organisation.Name, start, TimeSpan.FromMinutes(20));
        var firstReview = project.MonitoringReviews.Single().ReviewedOn.ToDateTime(TimeOnly.MinValue);
        for (var number = 2; number <= reviews; number++)
        {
            // A review every other day after the first; each with results by group, so each adds a chart and tables to the pack.
            var on = firstReview.AddDays(2 * (number - 1));
            project.RecordMonitoringReview(new MonitoringReviewDetails(DateOnly.FromDateTime(on), "Access list checked.", "Feeds complete.", "Not needed.",
                    "No new concerns.", ReviewOutcome.Continue, null),
                [new("Under 5s", 58, 15, 148 + number, 13), new("5 to 11", 72, 16, 178 + number, 15), new("12 to 17", 61, 19, 138 + number, 17)], cast.Practitioner, on);
        }

        db.Projects.Add(project);
        await db.SaveChangesAsync();
        await db.Projects.LoadAsync(project.Id, organisation.Id, CancellationToken.None); // the pack reads it back the same way
        return (organisation.Id, project.Id);
    }

    private static async Task<Actor> PersonAsync(UserManager<Person> users, Organisation organisation, string name)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{organisation.Id:N}@bench.lifecycle.test";
        var person = new Person { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = name, OrganisationId = organisation.Id };
        var created = await users.CreateAsync(person);
        return created.Succeeded ? new Actor(person.Id, name) : throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
    }
}
