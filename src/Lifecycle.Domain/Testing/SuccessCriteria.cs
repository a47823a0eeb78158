namespace Lifecycle.Domain.Testing;

/// <summary>How the team will know the tool worked (stage 5): what improves, how it is measured, and today's baseline.</summary>
public sealed record SuccessCriteria(string? WhatWillImprove, string? HowMeasured, string? Baseline);
