
namespace Lifecycle.Domain.Projects;

public sealed class SpecialCategoryDataIsPersonalDataRule(DatasetDetails details) : IBusinessRule
{
    public bool IsBroken() => details.ContainsSpecialCategoryData && !details.ContainsPersonalData;

    public string Message => "a dataset with special category data is also marked as containing personal data";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Special category data is personal data: mark the dataset as containing personal data too";
}
