using Lifecycle.Domain.Common;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Workbook;

namespace Lifecycle.Domain.Projects;

public sealed class WorkbookAnswerMustExistRule(WorkbookQuestion question, WorkbookAnswer? current) : IBusinessRule
{
    public bool IsBroken() => current is null;

    public string Message => $"workbook question {question.Number} has no answer to confirm yet: write one first";
}
