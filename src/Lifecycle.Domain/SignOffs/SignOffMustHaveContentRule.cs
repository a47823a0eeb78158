
namespace Lifecycle.Domain.Projects;

/// <summary>There is something to approve: a business case, a go-live plan, or reasons for retiring.</summary>
public sealed class SignOffMustHaveContentRule(Project project, SignOffKind kind) : IBusinessRule
{
    public bool IsBroken() => project.CurrentFingerprint(kind) is null;

    public string Message => kind switch
    {
        SignOffKind.BusinessCase => "the business case sets out the problem and the rationale",
        SignOffKind.GoLive => "the deployment plan is recorded",
        SignOffKind.Retirement => "the reasons for retiring the tool are recorded",
        SignOffKind.ThresholdChange => "the accuracy thresholds have been loosened after a failing result: only such a change needs approval",
        SignOffKind.PlanChange => "a change to the live tool's deployment plan has been proposed",
        SignOffKind.TriageChange => "the ethics triage has been redone with a lower risk or without a red line: only such a change needs approval",
        SignOffKind.ScrutinyRelease => "the maturity has been re-scored so in-house analytical skill is no longer low: only then is there a safeguard to release",
        SignOffKind.UngroupedResults => "the design says why the tool's results cannot be judged by group",
    };

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => kind switch
    {
        SignOffKind.BusinessCase => "There is no business case to submit: write it first",
        SignOffKind.GoLive => "There is no deployment plan to submit: write it first",
        SignOffKind.Retirement => "The reasons for retiring the tool are not recorded: record them first",
        SignOffKind.ThresholdChange => "The accuracy thresholds have not been loosened after a failing result, so there is nothing to approve",
        SignOffKind.PlanChange => "No change to the live tool's deployment plan has been proposed, so there is nothing to approve",
        SignOffKind.TriageChange => "No redone triage lowers the risk or removes a red line, so there is nothing to approve",
        SignOffKind.ScrutinyRelease => "No re-scoring has raised in-house analytical skill above low, so there is nothing to approve",
        SignOffKind.UngroupedResults => "The design gives no reason the tool's results cannot be judged by group, so there is nothing to approve",
    };
}
