using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class TransparencyRecordMustBeArchivedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => project.TransparencyArchivedOn is null;

    public string Message => "the date the transparency record was archived is recorded";
}
