using static Lifecycle.Domain.Framework.Catalogue.ItemFactory;

namespace Lifecycle.Domain.Framework.Catalogue;

internal static class ImplementStages
{
    public static IReadOnlyList<StageDefinition> All { get; } =
    [
        new(9, "Deployment and monitoring", Phase.Implement,
            "Use the tool for real and keep checking it still works, fairly and safely.",
            [
                Required("9.1", "Set how often the tool is reviewed", "Agree a review interval; monthly reviews are sensible at first."),
                OngoingWhileLive("9.2", "Hold the scheduled reviews", "At each review check accuracy by group, security, input data quality, retraining and user feedback."),
                OngoingWhileLive("9.3", "Evaluate the tool", "Carry out the evaluation plan and act on what it finds."),
                OngoingWhileLive("9.4", "Publish the evaluation and transparency record", "Make the findings and the transparency record public."),
                Optional("9.5", "Manage changes of scope", "If the tool is used for something new, repeat the triage and update the assessments."),
            ]),
        new(10, "Retirement", Phase.Implement,
            "Retire the tool safely when it is no longer needed or no longer works well enough.",
            [
                Required("10.1", "Record the evidence for retiring", "Set out why the tool should be retired: performance, need, cost or risk."),
                Required("10.2", "Assess the impact on workflows and systems", "Work out what changes for users and connected systems when the tool goes."),
                Required("10.3", "Deprecate the tool", "Stop new use, tell users the date, and provide an alternative way of working."),
                Required("10.4", "Decommission the tool", "Switch the tool off and remove access."),
                Required("10.5", "Archive the records", "Keep or delete data as the retention policy says, and archive the transparency record."),
                Optional("10.6", "Tell users the tool has gone", "Let users and affected people know the tool has been retired and why."),
            ]),
    ];
}
