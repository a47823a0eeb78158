
namespace Lifecycle.Domain.Projects;

public sealed class SubmittedContentMustBeUnchangedRule(Project project, SignOffRequest? request) : IBusinessRule
{
    public bool IsBroken() => request is not null && request.Fingerprint != project.CurrentFingerprint(request.Kind);

    public string Message => "it is unchanged since it was submitted: it has been edited, so it must be submitted again";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "It has been edited since it was submitted: submit it again, so the decision covers what is there now";
}
