using Lifecycle.Application.Projects;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Application.Assessments;

public sealed record RecordTestRun(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    TestRunKind Kind, DateOnly RanOn, string? Notes, IReadOnlyList<GroupCounts> Groups)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed record RecordExternalValidation(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor,
    string Validator, string Organisation, DateOnly ValidatedOn, string Conclusion)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

/// <summary>Stage 7 records: test runs and external validation.</summary>
public sealed class RecordTestingHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordTestRun request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.AddTestRun(request.Kind, request.RanOn, request.Notes, request.Groups, request.Actor, now), cancellationToken);

    public Task HandleAsync(RecordExternalValidation request, CancellationToken cancellationToken) =>
        runner.RunAsync(request, (project, now) => project.RecordExternalValidation(request.Validator, request.Organisation, request.ValidatedOn, request.Conclusion, request.Actor, now),
            cancellationToken);
}
