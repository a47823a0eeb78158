using Lifecycle.Application.Engagement;
using Lifecycle.Application.Notifications;
using Lifecycle.Application.Projects;
using Lifecycle.Application.SignOffs;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Engagement;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Infrastructure.Email;
using Lifecycle.Infrastructure.Persistence;

namespace Lifecycle.Web.Tests.Email;

/// <summary>Issue 12: the emails a change to a project causes, who gets them, what they say, and turning them off.</summary>
public sealed class ProjectEmailTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private const string PostForm = "form[method=post]:not(.app-inline-form)";

    [Fact]
    public async Task SubmittingForSignOff_EmailsTheProjectsSeniorLeaders_WithTheDecisionLink_AndNobodyElse()
    {
        var team = await Team.CreateAsync(factory);
        var secondLeader = await factory.PersonAsync(team.OrganisationId, "Lee Second");
        await factory.AssignAsync(team.ProjectId, secondLeader, Lifecycle.Domain.Projects.ProjectRole.SeniorLeader);

        await SubmitBusinessCaseAsync(team);

        var mail = await OutboxFor(team.ProjectId, SignOffRequestedEmail.Kind);
        Assert.Equal(new[] { team.Leader.Email, secondLeader.Email }.Order(), mail.Select(m => m.To).Order());
        var toLeader = Assert.Single(mail, m => m.To == team.Leader.Email);
        Assert.Equal("Waiting for your sign-off: Early help dashboard", toLeader.Subject);
        Assert.Contains("Dear Sam Leader,", toLeader.Body, StringComparison.Ordinal);
        Assert.Contains("Priya Manager has submitted the business case for \"Early help dashboard\"", toLeader.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/projects/{team.ProjectId}/business-case/decision", toLeader.Body, StringComparison.Ordinal);
        Assert.Contains("http://localhost/account/email-settings", toLeader.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecidingASignOff_EmailsTheSubmitter_WithTheOutcomeAndComment()
    {
        var team = await Team.CreateAsync(factory);
        await SubmitBusinessCaseAsync(team);

        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DecideSignOffHandler>().HandleAsync(
                new DecideSignOff(team.ProjectId, team.OrganisationId, await VersionAsync(team.ProjectId), new Actor(team.Leader.Id, team.Leader.Name),
                    SignOffKind.BusinessCase, Decision.Rejected, "Costs for year two are missing."), CancellationToken.None);
            return 0;
        });

        var decided = Assert.Single(await OutboxFor(team.ProjectId, SignOffDecidedEmail.Kind));
        Assert.Equal(team.Manager.Email, decided.To);
        Assert.Equal("Sign-off rejected: Early help dashboard", decided.Subject);
        Assert.Contains("Sam Leader has rejected the business case", decided.Body, StringComparison.Ordinal);
        Assert.Contains("Their comment: Costs for year two are missing.", decided.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/projects/{team.ProjectId}/business-case", decided.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChallenge_IsEmailedToTheProjectManager_ButOrdinaryFeedbackIsNot()
    {
        var team = await Team.CreateAsync(factory);
        await RecordFeedbackAsync(team, FeedbackKind.Feedback, "Colours on the chart");
        await RecordFeedbackAsync(team, FeedbackKind.Challenge, "Why my family was flagged");

        var challenge = Assert.Single(await OutboxFor(team.ProjectId, ChallengeRaisedEmail.Kind));
        Assert.Equal(team.Manager.Email, challenge.To);
        Assert.Equal("Challenge raised: Early help dashboard", challenge.Subject);
        Assert.Contains("A challenge (F2) about \"Why my family was flagged\"", challenge.Body, StringComparison.Ordinal);
        Assert.Contains("within 28 days", challenge.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/projects/{team.ProjectId}/engagement", challenge.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWhoTurnsProjectEmailsOff_GetsNone_ButStillGetsSecurityEmails_AndTheChangeIsAudited()
    {
        var team = await Team.CreateAsync(factory);
        var leader = await PageClient.SignedInAsync(factory, team.Leader);
        var settings = await leader.GetAsync("/account/email-settings");
        Assert.True(settings.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_ProjectEmails")!.IsChecked);

        var empty = await PageClient.ParseAsync(await leader.SubmitAsync(settings, PostForm, new() { ["Input.ProjectEmails"] = "" }));
        Assert.Equal(["Select whether you want emails about your projects"], empty.ErrorSummaryItems());

        var redirect = await leader.SubmitAsync(await leader.GetAsync("/account/email-settings"), PostForm, new() { ["Input.ProjectEmails"] = "no" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, redirect.StatusCode);
        var saved = await leader.GetAsync("/account/email-settings");
        Assert.Contains("You will not get emails about your projects", saved.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.True(saved.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_ProjectEmails-2")!.IsChecked);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Kind == "EmailSettingsChanged" && e.Subject == "Sam Leader")));

        await SubmitBusinessCaseAsync(team);
        Assert.Empty(await OutboxFor(team.ProjectId, SignOffRequestedEmail.Kind));

        var anonymous = PageClient.For(factory);
        await anonymous.SubmitAsync(await anonymous.GetAsync("/account/forgot-password"), PostForm, new() { ["Input.Email"] = team.Leader.Email });
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == team.Leader.Email && m.Kind == PasswordResetEmail.Kind)));
    }

    [Fact]
    public async Task MonitoringReviewReminders_GoOnceWhenDueSoon_AndOnceWhenOverdue_ToTheManagerAndTheNamedOwner()
    {
        var team = await Team.CreateAsync(factory);
        var owner = await factory.PersonAsync(team.OrganisationId, "Head of Performance");
        await factory.AdvanceToAsync(team, 9);
        var project = await factory.LoadProjectAsync(team.ProjectId);
        var due = project.NextReviewDue!.Value;

        Assert.Equal(0, await RemindAsync(due.AddDays(-15)));
        Assert.Equal(1, await RemindAsync(due.AddDays(-14)));
        Assert.Equal(0, await RemindAsync(due.AddDays(-3)));

        var soon = await OutboxFor(team.ProjectId, ReviewReminderEmail.DueSoonKind);
        Assert.Equal(new[] { team.Manager.Email, owner.Email }.Order(), soon.Select(m => m.To).Order());
        var dueText = due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.All(soon, m => Assert.Equal($"Monitoring review due on {dueText}: Early help dashboard", m.Subject));
        Assert.All(soon, m => Assert.Contains($"http://localhost/projects/{team.ProjectId}/monitoring", m.Body, StringComparison.Ordinal));

        // Two instances checking at the same moment still send the overdue reminder once.
        var counts = await Task.WhenAll(RemindAsync(due.AddDays(1)), RemindAsync(due.AddDays(1)));
        Assert.Equal(1, counts.Sum());
        Assert.Equal(0, await RemindAsync(due.AddDays(20)));
        var overdue = await OutboxFor(team.ProjectId, ReviewReminderEmail.OverdueKind);
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, m => Assert.Contains($"was due on {dueText} and has not been recorded", m.Body, StringComparison.Ordinal));
    }

    private Task<int> RemindAsync(DateOnly today) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<MonitoringReviewReminders>().SendDueAsync(today, CancellationToken.None));

    private async Task SubmitBusinessCaseAsync(Team team)
    {
        await factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(team.ProjectId, team.OrganisationId, CancellationToken.None);
            project.SaveBusinessCase(new BusinessCaseDetails("Demand for early help is rising.", null, null, null, null, 1000, null, null, null, null, null),
                new Actor(team.Manager.Id, team.Manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SubmitForSignOffHandler>().HandleAsync(
                new SubmitForSignOff(team.ProjectId, team.OrganisationId, await VersionAsync(team.ProjectId), new Actor(team.Manager.Id, team.Manager.Name), SignOffKind.BusinessCase),
                CancellationToken.None);
            return 0;
        });
    }

    private Task<int> RecordFeedbackAsync(Team team, FeedbackKind kind, string about) => factory.WithScopeAsync(async sp =>
    {
        await sp.GetRequiredService<RecordFeedbackHandler>().HandleAsync(
            new RecordFeedback(team.ProjectId, team.OrganisationId, await VersionAsync(team.ProjectId), new Actor(team.Practitioner.Id, team.Practitioner.Name),
                kind, null, DateOnly.FromDateTime(DateTime.UtcNow), about, "Details of it."), CancellationToken.None);
        return 0;
    });

    /// <summary>Issue 25, point 5: stopping a tool in use is a safety action; its senior leaders hear of it, and the record reads as no longer in use.</summary>
    [Fact]
    public async Task StoppingALiveTool_EmailsItsSeniorLeaders_AndTheTransparencyRecordReadsRetired()
    {
        var team = await Team.CreateAsync(factory);
        await factory.AdvanceToAsync(team, 9);

        await factory.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ChangeProjectStatusHandler>().HandleAsync(
                new ChangeProjectStatus(team.ProjectId, team.OrganisationId, await VersionAsync(team.ProjectId), new Actor(team.Manager.Id, team.Manager.Name),
                    StatusChange.Stop, "Referrals doubled for one group overnight."), CancellationToken.None);
            return 0;
        });

        var stopped = Assert.Single(await OutboxFor(team.ProjectId, LiveToolStoppedEmail.Kind));
        Assert.Equal(team.Leader.Email, stopped.To);
        Assert.Contains("Referrals doubled for one group overnight.", stopped.Body, StringComparison.Ordinal);
        var record = await factory.WithScopeAsync(sp => sp.GetRequiredService<Lifecycle.Web.Exports.Transparency.TransparencyExporter>().RecordAsync(team.ProjectId, team.OrganisationId, CancellationToken.None));
        Assert.Equal("retired", record.Fields.Single(f => f.Reference == "2.4.1.2").Value);
    }

    private Task<Guid> VersionAsync(Guid projectId) =>
        factory.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Version).SingleAsync());

    /// <summary>The queued emails of one kind that mention this project (every project email links to it).</summary>
    private Task<List<OutboxMessage>> OutboxFor(Guid projectId, string kind) =>
        factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == kind && m.Body.Contains(projectId.ToString())).ToListAsync());
}
