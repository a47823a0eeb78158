
namespace Lifecycle.Domain.Projects;

public sealed class DatasetFiguresMustBeInRangeRule(DatasetDetails details) : IBusinessRule
{
    public bool IsBroken() => details.RowCount < 0 || details.MissingPercent is < 0 or > 100;

    public string Message => "the number of rows is zero or more and the share of missing values is between 0 and 100 per cent";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Enter the number of rows as 0 or more, and the share of missing values from 0 to 100 per cent";
}
