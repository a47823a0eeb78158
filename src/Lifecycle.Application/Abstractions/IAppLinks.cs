using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.Abstractions;

/// <summary>Absolute links to pages of the app, for emails: built from the public address, never from a request's Host header.</summary>
public interface IAppLinks
{
    string ProjectOverview(Guid projectId);

    /// <summary>The page where a senior leader decides a sign-off of this kind.</summary>
    string SignOffDecision(Guid projectId, SignOffKind kind);

    /// <summary>The page that shows the outcome of a sign-off of this kind to the person who submitted it.</summary>
    string SignOffOutcome(Guid projectId, SignOffKind kind);

    string Monitoring(Guid projectId);

    string FeedbackRegister(Guid projectId);

    string EmailPreferences();
}
