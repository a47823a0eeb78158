
namespace Lifecycle.Domain.Projects;

public sealed class SuccessCriteriaMustBeCompleteRule(SuccessCriteria criteria) : IBusinessRule
{
    public bool IsBroken() => criteria.WhatWillImprove is null || criteria.HowMeasured is null || criteria.Baseline is null;

    public string Message => "say what will improve, how it will be measured and what the baseline is today";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Part of the success criteria is missing: say what will improve, how it will be measured and what the baseline is today";
}
