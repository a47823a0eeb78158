namespace Lifecycle.Domain.Projects;

/// <summary>One thing retirement would have asked of a live tool that was stopped instead (stage 10's duties).</summary>
public sealed record StopDuty(StopDutyKind Kind, string Title, bool IsDone);

public enum StopDutyKind
{
    ArchiveTransparencyRecord,
    TellUsers,
    LookAgainAtWorkbook,
}
