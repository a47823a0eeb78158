namespace Lifecycle.Application.Access;

/// <summary>What a person may want to do to a project; each page handler names the one it needs.</summary>
public enum ProjectOperation
{
    Read,
    RecordChecklist,
    RecordAssessment,
    AdvanceStage,
    WriteBusinessCase,
    DecideSignOff,
    ChangeStatus,
    EditDetails,
    ManageGovernance,
    ManageRisks,
    ManageTeam,
    ExportTransparencyRecord,

    /// <summary>Take a wrongly recorded test run or monitoring review out of use, with a reason.</summary>
    WithdrawResult,

    /// <summary>Add feedback or a challenge to the register: the team, and the oversight group who scrutinise it.</summary>
    RaiseFeedback,

    /// <summary>Ask for every entry of the project's audit trail to be re-hashed now: the project manager, or an administrator.</summary>
    CheckAuditTrail,
}
