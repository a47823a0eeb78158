using Lifecycle.Application.Exports;

namespace Lifecycle.Web.Exports.Transparency;

public sealed class TransparencyExporter(GetProjectRecord getRecord, TimeProvider clock)
{
    public async Task<TransparencyRecord> RecordAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken) =>
        TransparencyRecordBuilder.Build(await getRecord.ForAsync(projectId, organisationId, cancellationToken), clock.GetUtcNow().UtcDateTime);

    public async Task<(string FileName, byte[] Json)> JsonAsync(Guid projectId, Guid organisationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var record = TransparencyRecordBuilder.Build(await getRecord.ForAsync(projectId, organisationId, cancellationToken), now);
        return (ExportFileName.For("transparency-record", record.ProjectName, now, "json"), TransparencyJson.Write(record, now));
    }
}
