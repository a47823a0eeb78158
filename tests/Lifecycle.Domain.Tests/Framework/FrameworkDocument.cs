using System.Text;
using Lifecycle.Domain.Framework;

namespace Lifecycle.Domain.Tests.Framework;

/// <summary>Writes docs/domain/lifecycle.md from the catalogue, so the document cannot drift from the code.</summary>
internal static class FrameworkDocument
{
    public static string Render()
    {
        var md = new StringBuilder();
        md.AppendLine("# The lifecycle framework").AppendLine()
          .AppendLine("Generated from `src/Lifecycle.Domain/Framework/Catalogue` by the test `FrameworkDocumentTests`.")
          .AppendLine("Do not edit by hand: change the catalogue, then run the tests with `LIFECYCLE_UPDATE_DOCS=1` to rewrite this file.").AppendLine()
          .AppendLine($"Framework version: `{LifecycleFramework.Version}`").AppendLine()
          .AppendLine("Gate: a project leaves a stage only when every *required* item that applies to it is done, or marked not applicable with a reason where that is allowed. Later gates add assessments and sign-offs (see `docs/adr`).").AppendLine();

        foreach (var phase in Enum.GetValues<Phase>())
        {
            md.AppendLine($"## {phase}").AppendLine();
            foreach (var stage in LifecycleFramework.Stages.Where(s => s.Phase == phase))
            {
                md.AppendLine($"### {stage.NumberedTitle}").AppendLine().AppendLine(stage.Purpose).AppendLine()
                  .AppendLine("| code | item | required | may be not applicable | applies to | guidance |")
                  .AppendLine("|---|---|---|---|---|---|");
                foreach (var item in stage.Items)
                {
                    md.AppendLine($"| {item.Code} | {item.Title} | {(item.Mandatory ? "yes" : "no")} | {(item.NotApplicableAllowed ? "yes" : "no")} | {AppliesTo(item.AppliesWhen)} | {item.Hint} |");
                }

                md.AppendLine();
            }
        }

        return md.ToString();
    }

    private static string AppliesTo(Applicability applicability) => applicability switch
    {
        Applicability.Always => "every project",
        Applicability.PredictiveOnly => "predictive tools",
        Applicability.ThirdPartyOnly => "third party involved",
        Applicability.HighRiskOnly => "high-risk tools",
    };
}
