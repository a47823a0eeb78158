using Lifecycle.Domain.Governance;

namespace Lifecycle.Application.Governance;

/// <summary>Adds a risk to the log (no id) or changes one already there.</summary>
public sealed record SaveRisk(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, Guid? RiskId, RiskDetails Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor)
{
    /// <summary>A new risk clashes with nothing; a change to one still needs the project as the person saw it.</summary>
    public override ConflictScope Scope => RiskId is null ? ConflictScope.NewRecord : ConflictScope.WholeProject;
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
