using Lifecycle.Domain.Testing;

namespace Lifecycle.Application.Testing;

/// <summary>Stage 7: the verdict of an independent validation, with any conditions.</summary>
public sealed record RecordExternalValidation(Guid ProjectId, Guid OrganisationId, Guid ExpectedVersion, Actor Actor, ExternalValidationDetails Details)
    : ProjectCommand(ProjectId, OrganisationId, ExpectedVersion, Actor);

public sealed class RecordExternalValidationHandler(ProjectCommandRunner runner)
{
    public Task HandleAsync(RecordExternalValidation c, CancellationToken ct) =>
        runner.RunAsync(c, (p, now) => p.RecordExternalValidation(c.Details, c.Actor, now), ct);
}
