using Lifecycle.Domain.Assessments;
using Lifecycle.Domain.Common;

namespace Lifecycle.Domain.Projects;

public sealed class SpecialCategoryDataIsPersonalDataRule(DatasetDetails details) : IBusinessRule
{
    public bool IsBroken() => details.ContainsSpecialCategoryData && !details.ContainsPersonalData;

    public string Message => "a dataset with special category data is also marked as containing personal data";
}
