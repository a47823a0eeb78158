namespace Lifecycle.Domain.Projects;

public sealed class TransparencyRecordMustBePublishedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.IsTransparencyRecordPublished;

    public string Message => "the transparency record is published";

    public string Refusal => "The transparency record is not published, so there is nothing to take down";
}
