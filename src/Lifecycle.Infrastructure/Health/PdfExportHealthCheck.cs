using Lifecycle.Application.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lifecycle.Infrastructure.Health;

/// <summary>Degraded, not unhealthy, without a browser: everything but the PDF download still works.</summary>
internal sealed class PdfExportHealthCheck(IPdfRenderer renderer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(renderer.Availability.IsAvailable
            ? HealthCheckResult.Healthy(renderer.Availability.Description)
            : HealthCheckResult.Degraded(renderer.Availability.Description));
}
