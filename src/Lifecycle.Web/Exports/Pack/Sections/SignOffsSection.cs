using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack.Sections;

/// <summary>Every request and decision, with the fingerprint approved and whether it still matches.</summary>
internal static class SignOffsSection
{
    public static PackSection For(Project project)
    {
        if (project.SignOffRequests.Count == 0)
        {
            return new("sign-offs", "Sign-offs", [PackText.NothingYet("Sign-offs")]);
        }

        return new("sign-offs", "Sign-offs",
        [
            new PackTable("Requests and decisions",
                ["What", "Requested", "Decision", "Fingerprint", "Still matches"],
                project.SignOffRequests.OrderBy(r => r.RequestedAt).Select(request => Row(project, request)).ToList(),
                [17, 20, 27, 24, 12]),
        ]);
    }

    private static IReadOnlyList<string> Row(Project project, SignOffRequest request)
    {
        var decision = project.SignOffs.FirstOrDefault(d => d.RequestId == request.Id);
        return
        [
            $"{SignOffLinks.Title(request.Kind)}, request {request.Number}",
            PackText.By(request.RequestedByName, request.RequestedAt),
            decision is null
                ? "Waiting for a decision"
                : $"{decision.Decision} by {decision.DecidedByName} ({decision.DecidedInRole}), {PackText.When(decision.DecidedAt)}"
                  + (decision.Comment is { } comment ? $"\nComment: {comment}" : string.Empty),
            request.Fingerprint,
            Matches(project, request),
        ];
    }

    private static string Matches(Project project, SignOffRequest request) =>
        request.Fingerprint == project.CurrentFingerprint(request.Kind) ? "Yes" : "No: changed since";

}
