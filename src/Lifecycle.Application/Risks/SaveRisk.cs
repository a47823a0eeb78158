using Lifecycle.Domain.ImpactAssessments;
using Lifecycle.Domain.Oversight;
using Lifecycle.Domain.Risks;

namespace Lifecycle.Application.Risks;

/// <summary>Adds a risk to the log (no id) or changes one already there.</summary>
/// <remarks><paramref name="StampSeen"/> is the risk's <see cref="RecordStamps.Risk"/> when the form was shown; without it a change needs the whole project as seen.</remarks>
public sealed record SaveRisk(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid? RiskId, RiskDetails Details, string? StampSeen = null)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    /// <summary>A new risk clashes with nothing; a change to one clashes only with another change to the same risk.</summary>
    public override ConflictScope Scope => (RiskId, StampSeen) switch
    {
        (null, _) => ConflictScope.NewRecord,
        ({ } id, { } stamp) => ConflictScope.Record(project => RecordStamps.Risk(project, id), stamp),
        _ => ConflictScope.WholeProject,
    };
}

public sealed class SaveRiskHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(SaveRisk request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) =>
        {
            if (request.RiskId is not { } id)
            {
                project.AddRisk(request.Details, request.Actor, now);
            }
            else if (project.Risks.Any(r => r.Id == id))
            {
                project.UpdateRisk(id, request.Details, request.Actor, now);
            }
            else
            {
                throw new NotFoundException("Risk");
            }
        }, cancellationToken);
}
