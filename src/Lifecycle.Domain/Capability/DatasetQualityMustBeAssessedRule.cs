
namespace Lifecycle.Domain.Projects;

public sealed class DatasetQualityMustBeAssessedRule(Project project) : IBusinessRule
{
    public bool IsBroken() => !project.Datasets.Any(d => d.IsInUse && d.Quality != DataQuality.NotAssessed);

    public string Message => "at least one dataset the tool will use is catalogued with its quality assessed";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "No dataset the tool will use has its quality assessed: add at least one to the data catalogue and rate its quality";
}
