using Lifecycle.Application.Exports;
using Lifecycle.Domain.Transparency;

namespace Lifecycle.Web.Exports.Transparency;

public sealed class TransparencyExporter(GetProjectRecord getRecord, TimeProvider clock)
{
    public async Task<TransparencyRecord> RecordAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        (await ProjectAndRecordAsync(projectId, organisationId, cancellationToken)).Record;

    /// <summary>The record with the project it was built from, for pages that also act on the project.</summary>
    public async Task<(Domain.Projects.Project Project, TransparencyRecord Record)> ProjectAndRecordAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken)
    {
        var source = await getRecord.ForAsync(projectId, organisationId, cancellationToken);
        return (source.Project, TransparencyFields.For(source.Project, source.OrganisationName, clock.GetUtcNow().UtcDateTime));
    }

    public async Task<(string FileName, byte[] Json)> JsonAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var source = await getRecord.ForAsync(projectId, organisationId, cancellationToken);
        var record = TransparencyFields.For(source.Project, source.OrganisationName, now);
        return (ExportFileName.For("transparency-record", record.ProjectName, now, "json"), TransparencyJson.Write(record, now));
    }
}
