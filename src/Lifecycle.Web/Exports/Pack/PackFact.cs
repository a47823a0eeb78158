namespace Lifecycle.Web.Exports.Pack;

public sealed record PackFact(string Label, string Value);
