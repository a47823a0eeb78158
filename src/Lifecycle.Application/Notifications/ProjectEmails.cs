using Lifecycle.Domain.Development;
using Lifecycle.Domain.Engagement;
using Lifecycle.Domain.Monitoring;
using Lifecycle.Domain.PreDeployment;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Application.Notifications;

/// <summary>
/// Queues the emails a change to a project causes, to the people whose role means they must act. They go
/// in the outbox before the change is saved, so they are sent if and only if the change is. Nobody is
/// emailed about their own action, and people who turned project emails off get none.
/// </summary>
public sealed class ProjectEmails(IPeopleDirectory people, IOutbox outbox, IAppLinks links)
{
    public Task SignOffRequestedAsync(Project project, SignOffKind kind, CancellationToken cancellationToken)
    {
        var request = project.PendingRequest(kind) ?? throw new InvalidOperationException($"No {kind} sign-off is waiting.");
        var leaders = project.Members.Where(m => m.Role == ProjectRole.SeniorLeader).Select(m => m.PersonId).Where(id => id != request.RequestedById);
        return SendAsync(project, leaders,
            leader => SignOffRequestedEmail.For(leader, project.Name, kind, request.RequestedByName, links.SignOffDecision(project.Id, kind)), cancellationToken);
    }

    public Task SignOffDecidedAsync(Project project, SignOffKind kind, CancellationToken cancellationToken)
    {
        var decision = project.LatestDecision(kind) ?? throw new InvalidOperationException($"No {kind} sign-off has been decided.");
        var submitter = project.SignOffRequests.Single(r => r.Id == decision.RequestId).RequestedById;
        return SendAsync(project, [submitter], person => SignOffDecidedEmail.For(person, project.Name, decision, links.SignOffOutcome(project.Id, kind)),
            cancellationToken, except: decision.DecidedById);
    }

    public Task ChallengeRaisedAsync(Project project, FeedbackItem item, Guid recordedBy, CancellationToken cancellationToken) =>
        item.Kind != FeedbackKind.Challenge
            ? Task.CompletedTask
            : SendAsync(project, ManagersOf(project), manager => ChallengeRaisedEmail.For(manager, project.Name, item, links.FeedbackRegister(project.Id)),
                cancellationToken, except: recordedBy);

    public Task LiveToolStoppedAsync(Project project, Actor stoppedBy, CancellationToken cancellationToken) =>
        SendAsync(project, project.Members.Where(m => m.Role == ProjectRole.SeniorLeader).Select(m => m.PersonId),
            leader => LiveToolStoppedEmail.For(leader, project.Name, stoppedBy.Name, project.StopReason, links.ProjectOverview(project.Id)),
            cancellationToken, except: stoppedBy.PersonId);

    /// <summary>To the project managers and the person named as monitoring owner in the deployment plan, if they are in the organisation.</summary>
    public async Task ReviewReminderAsync(ReviewReminderTarget target, ReviewTiming timing, CancellationToken cancellationToken)
    {
        var everyone = await people.ListAsync(target.OrganisationId, cancellationToken);
        var owner = everyone.Where(p => Names(p, target.MonitoringOwner)).Select(p => p.Id);
        Enqueue(everyone, target.ManagerIds.Concat(owner),
            person => ReviewReminderEmail.For(person, target.ProjectName, target.DueOn, timing, links.Monitoring(target.ProjectId)), except: null);
    }

    private static IEnumerable<Guid> ManagersOf(Project project) =>
        project.Members.Where(m => m.Role == ProjectRole.ProjectManager).Select(m => m.PersonId);

    /// <summary>The plan names its monitoring owner in free text: a match on a person's name or email finds them.</summary>
    private static bool Names(PersonSummary person, string? owner) =>
        owner is { Length: > 0 } named
        && (string.Equals(person.DisplayName, named.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(person.Email, named.Trim(), StringComparison.OrdinalIgnoreCase));

    private async Task SendAsync(Project project, IEnumerable<Guid> recipients, Func<PersonSummary, EmailMessage> compose, CancellationToken cancellationToken, Guid? except = null) =>
        Enqueue(await people.ListAsync(project.OrganisationId, cancellationToken), recipients, compose, except);

    private void Enqueue(IReadOnlyList<PersonSummary> everyone, IEnumerable<Guid> recipients, Func<PersonSummary, EmailMessage> compose, Guid? except)
    {
        var wanted = recipients.Where(id => id != except).ToHashSet();
        foreach (var person in everyone.Where(p => wanted.Contains(p.Id) && p.WantsProjectEmails && !string.IsNullOrEmpty(p.Email)))
        {
            outbox.Enqueue(compose(person).WithFooter(links.EmailPreferences()));
        }
    }
}
