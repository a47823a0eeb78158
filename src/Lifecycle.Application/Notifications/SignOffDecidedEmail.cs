using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.Notifications;

/// <summary>Tells the person who submitted something for sign-off what the senior leader decided.</summary>
public static class SignOffDecidedEmail
{
    public const string Kind = "SignOffDecided";

    public static EmailMessage For(PersonSummary submitter, string projectName, SignOff decision, string link)
    {
        var outcome = decision.Decision == Decision.Approved ? "approved" : "rejected";
        var comment = string.IsNullOrWhiteSpace(decision.Comment) ? "They did not add a comment." : $"Their comment: {decision.Comment}";
        return new(
            submitter.Email,
            $"Sign-off {outcome}: {projectName}",
            $"""
            Dear {submitter.DisplayName},

            {decision.DecidedByName} has {outcome} {decision.Kind.Subject()} for "{projectName}".

            {comment}

            See the decision and what to do next here:
            {link}
            """,
            Kind);
    }
}
