namespace Lifecycle.Web.Exports.Pack;

public sealed record PackCover(
    string ProjectName,
    string OrganisationName,
    string Phase,
    string Stage,
    string Status,
    string GeneratedAt,
    string GeneratedBy,
    string FrameworkVersion,
    string SecurityMarking,
    string Fingerprint);
