using Lifecycle.Domain.SignOffs;
using Lifecycle.Web.Display;

namespace Lifecycle.Web.Exports.Pack.Sections;

internal static class BusinessCaseSection
{
    public static PackSection For(Project project)
    {
        if (project.BusinessCase is not { } businessCase)
        {
            return new("business-case", "Business case", [PackText.NothingYet("The business case")]);
        }

        var details = businessCase.Details;
        return new("business-case", "Business case",
        [
            new PackFacts(
            [
                new("Approval", StatusTags.For(project.ApprovalStateOf(SignOffKind.BusinessCase)).Text),
                new("Last changed", PackText.By(businessCase.UpdatedByName, businessCase.UpdatedAt)),
                new("Problem and rationale", PackText.Or(details.ProblemAndRationale)),
                new("Outcomes you want", PackText.Or(details.DesirableOutcomes)),
                new("Outcomes to avoid", PackText.Or(details.UndesirableOutcomes)),
                new("Red lines", PackText.Or(details.RedLines)),
                new("How decisions will improve", PackText.Or(details.DecisionMakingImprovement)),
                new("Build cost", PackText.Money(details.BuildCost)),
                new("Running cost", PackText.Money(details.RunningCost)),
                new("Engagement cost", PackText.Money(details.EngagementCost)),
                new("Training cost", PackText.Money(details.TrainingCost)),
                new("Infrastructure cost", PackText.Money(details.InfrastructureCost)),
                new("Total cost", PackText.Money(details.TotalCost)),
                new("Evidence from similar projects", PackText.Or(details.EvidenceFromSimilarProjects)),
                new("Built by", project.InvolvesThirdParty ? "A third party" : "The council, in-house"),
            ]),
        ]);
    }
}
