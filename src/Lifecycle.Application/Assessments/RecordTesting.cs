using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Application.Assessments;

public sealed record RecordTestRun(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    TestRunKind Kind, DateOnly RanOn, string? Notes, IReadOnlyList<GroupCounts> Groups)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordExternalValidation(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, ExternalValidationDetails Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record MarkValidationConditionMet(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, int ConditionNumber, string? HowMet)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Stage 7 records: test runs and external validation.</summary>
public sealed class RecordTestingHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordTestRun request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.AddTestRun(request.Kind, request.RanOn, request.Notes, request.Groups, request.Actor, now), cancellationToken);

    public Task HandleAsync(RecordExternalValidation request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.RecordExternalValidation(request.Details, request.Actor, now), cancellationToken);

    public Task HandleAsync(MarkValidationConditionMet request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.MarkValidationConditionMet(request.ConditionNumber, request.HowMet, request.Actor, now), cancellationToken);
}
