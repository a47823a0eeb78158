using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>What success looks like, agreed in Design (stage 5) before anything is built.</summary>
    public SuccessCriteria? SuccessCriteria { get; private set; }

    /// <summary>The accuracy a predictive tool must reach, set in Design (stage 5) before any testing.</summary>
    public AccuracyThresholds? AccuracyThresholds { get; private set; }

    public void RecordSuccessCriteria(SuccessCriteria criteria, Actor actor, DateTime at)
    {
        var cleaned = new SuccessCriteria(
            DomainText.Optional(criteria.WhatWillImprove, TextLimits.LongText, "What will improve"),
            DomainText.Optional(criteria.HowMeasured, TextLimits.LongText, "How it will be measured"),
            DomainText.Optional(criteria.Baseline, TextLimits.LongText, "Baseline"));
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new SuccessCriteriaMustBeCompleteRule(cleaned)]);
        if (cleaned == SuccessCriteria)
        {
            return;
        }

        var before = SuccessCriteria is null ? null : Snapshot.Of(SuccessCriteria);
        SuccessCriteria = cleaned;
        Record("SuccessCriteriaRecorded", "Success criteria", before, Snapshot.Of(cleaned), actor, at);
    }

    public void SetAccuracyThresholds(AccuracyThresholds thresholds, Actor actor, DateTime at)
    {
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new ThresholdsApplyToPredictiveToolsRule(this)]);
        if (thresholds == AccuracyThresholds)
        {
            return;
        }

        var before = AccuracyThresholds is null ? null : Snapshot.Of(AccuracyThresholds);
        AccuracyThresholds = thresholds;
        Record("AccuracyThresholdsSet", "Accuracy thresholds", before, Snapshot.Of(thresholds), actor, at);
    }
}
