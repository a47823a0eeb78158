using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

public sealed class SuccessCriteriaMustBeCompleteRule(SuccessCriteria criteria) : IBusinessRule
{
    public bool IsBroken() => criteria.WhatWillImprove is null || criteria.HowMeasured is null || criteria.Baseline is null;

    public string Message => "say what will improve, how it will be measured and what the baseline is today";
}
