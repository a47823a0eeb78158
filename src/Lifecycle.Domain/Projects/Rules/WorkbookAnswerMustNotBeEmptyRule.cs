using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class WorkbookAnswerMustNotBeEmptyRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text);

    public string Message => "the answer is written";
}
