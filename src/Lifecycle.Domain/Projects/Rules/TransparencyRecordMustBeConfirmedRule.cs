using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class TransparencyRecordMustBeConfirmedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.TransparencyConfirmedAt is null || project.TransparencyNeedsReview;

    public string Message => project.TransparencyConfirmedAt is null
        ? "the transparency record has been checked and confirmed complete"
        : "the transparency record has been confirmed again since the scope changed";
}
