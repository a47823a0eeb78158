using Lifecycle.Application.Caching;
using Lifecycle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Lifecycle.Application.Audit;

/// <summary>
/// Reads the quick signs of tampering for one project or a whole organisation: a project with no sealed trail, a seal
/// or last full check not signed by Lifecycle, a last full check that found a break, a trail shorter than the last
/// full check saw, and the organisation's tally disagreeing with its trails' seals. The full re-hash is
/// <see cref="CheckAuditChain"/>'s. An answer is kept for <see cref="KeptKind.TrailHealth"/>'s 15 seconds: the overview and portfolio are the busiest
/// pages, the extra queries halved the overview's throughput, and tampering still shows within seconds.
/// </summary>
public sealed class GetTrailHealth(ILifecycleDbContext db, IAuditSealer sealer, KeptAnswers kept)
{
    public Task<TrailHealth> ForProjectAsync(Guid projectId, Guid organisationId, string projectName, CancellationToken cancellationToken) =>
        kept.GetOrMakeAsync(KeptKeys.TrailHealth(organisationId, projectId), () => ReadForProjectAsync(projectId, organisationId, projectName, cancellationToken));

    /// <summary>
    /// The trails of the projects this person can see (an administrator: all of them, and the organisation's own) that the
    /// last full checks or the seals since then say are broken, and the organisation's tally. Reads only suspect rows.
    /// </summary>
    public Task<TrailHealth> ForPortfolioAsync(Guid organisationId, Guid personId, bool isAdministrator, CancellationToken cancellationToken) =>
        kept.GetOrMakeAsync(KeptKeys.TrailHealth(organisationId, null, personId, isAdministrator), () => ReadForPortfolioAsync(organisationId, personId, isAdministrator, cancellationToken));

    private async Task<TrailHealth> ReadForProjectAsync(Guid projectId, Guid organisationId, string projectName, CancellationToken cancellationToken)
    {
        var seal = await db.SealOfAsync(projectId, organisationId, cancellationToken);
        var checkpoint = await db.AuditCheckpoints.AsNoTracking().SingleOrDefaultAsync(c => c.StreamId == projectId && c.OrganisationId == organisationId, cancellationToken);
        var problem = ProblemOf(seal, checkpoint, isProject: true);
        return new TrailHealth(problem is null ? [] : [new TrailProblem(projectId, projectName, problem)], await OrganisationProblemAsync(organisationId, cancellationToken));
    }

    private async Task<TrailHealth> ReadForPortfolioAsync(Guid organisationId, Guid personId, bool isAdministrator, CancellationToken cancellationToken)
    {
        var visible = db.Projects.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && (isAdministrator || p.Members.Any(m => m.PersonId == personId)));
        var suspects = await (
                from checkpoint in db.AuditCheckpoints.AsNoTracking().Where(c => c.OrganisationId == organisationId)
                join seal in db.AuditSeals.AsNoTracking() on checkpoint.StreamId equals seal.StreamId into seals
                from seal in seals.DefaultIfEmpty()
                where checkpoint.BrokenAtSequence != null || seal == null || seal.Count < checkpoint.Sequence
                select new { Checkpoint = checkpoint, Seal = seal })
            .ToListAsync(cancellationToken);
        var suspectIds = suspects.Select(s => s.Checkpoint.StreamId).ToList();
        var names = await visible.Where(p => suspectIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        // A seal deleted since the last full check shows at once as the tally's problem; the next full check names the project.
        var problems = new List<TrailProblem>();
        foreach (var suspect in suspects)
        {
            var isProject = suspect.Checkpoint.StreamId != organisationId;
            if (isProject ? !names.ContainsKey(suspect.Checkpoint.StreamId) : !isAdministrator)
            {
                continue;
            }

            if (ProblemOf(suspect.Seal, suspect.Checkpoint, isProject) is { } problem)
            {
                problems.Add(new TrailProblem(suspect.Checkpoint.StreamId, isProject ? names[suspect.Checkpoint.StreamId] : OrganisationTrail, problem));
            }
        }

        return new TrailHealth(problems.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList(), await OrganisationProblemAsync(organisationId, cancellationToken));
    }

    public const string OrganisationTrail = "The organisation's own trail";

    private const string NoTrail = "This project has no sealed audit trail: even the record of its registration is missing.";

    private string? ProblemOf(AuditSeal? seal, AuditCheckpoint? checkpoint, bool isProject)
    {
        if (seal is null)
        {
            return isProject ? NoTrail : null;
        }

        if (!sealer.IsGenuine(seal))
        {
            return "The trail's seal does not match its signature: the trail was changed outside Lifecycle.";
        }

        if (checkpoint is null)
        {
            return null;
        }

        if (!sealer.IsGenuine(checkpoint))
        {
            return "The record of the trail's last full check was changed outside Lifecycle.";
        }

        if (seal.Count < checkpoint.Sequence)
        {
            return $"The trail is shorter than when it was last checked in full: it had {checkpoint.Sequence} entries, its seal now says {seal.Count}.";
        }

        return checkpoint.IsIntact ? null : $"The last full check found the trail broken at entry {checkpoint.BrokenAtSequence}: {checkpoint.Problem}";
    }

    private async Task<string?> OrganisationProblemAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var tally = await db.AuditTallies.AsNoTracking().SingleOrDefaultAsync(t => t.OrganisationId == organisationId, cancellationToken);
        var sealedEntries = await db.AuditSeals.Where(s => s.OrganisationId == organisationId).SumAsync(s => s.Count, cancellationToken);
        return AuditTally.ProblemWith(tally, sealedEntries, sealer.IsGenuine);
    }
}
