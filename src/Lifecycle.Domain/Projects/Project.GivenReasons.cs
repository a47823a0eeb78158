namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>Every reason already given for an item not applying or an assessment not being required, but for the one being changed.</summary>
    private IEnumerable<string?> GivenReasons(string? exceptItem = null, Guid? exceptAssessment = null) =>
        _items.Where(i => i.Code != exceptItem).Select(i => i.NotApplicableReason)
            .Concat(_impactAssessments.Where(a => a.Id != exceptAssessment).Select(a => a.NotRequiredReason))
            .Where(reason => reason is not null);
}
