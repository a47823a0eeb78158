using Lifecycle.Application.Exports;
using Lifecycle.Domain.Common;
using Lifecycle.Domain.Transparency;
using Lifecycle.Web.Display;
using Lifecycle.Web.Exports.Pack.Sections;

namespace Lifecycle.Web.Exports.Pack;

/// <summary>Assembles the oversight pack's content from a project's records, in the order a reader needs it.</summary>
public static class OversightPackBuilder
{
    public static PackDocument Build(ProjectRecord record, string generatedBy, DateTime generatedAt)
    {
        var project = record.Project;
        var today = UkCalendar.DateOf(generatedAt);
        IReadOnlyList<PackSection> sections =
        [
            AboutSection.For(record),
            ProgressSection.For(project, generatedAt),
            ChecklistSection.For(project),
            MaturitySection.For(project),
            SolutionSection.For(project),
            TriageSection.For(project),
            WorkbookSection.For(project),
            BusinessCaseSection.For(project),
            SignOffsSection.For(project),
            GovernanceSections.ImpactAssessments(project),
            GovernanceSections.Oversight(project),
            GovernanceSections.Risks(project, today),
            LaterPhaseSection.For(project),
            ImplementSection.For(project, TransparencyFields.For(project, record.OrganisationName, generatedAt)),
            EngagementSection.For(project),
            AuditSection.For(record.Audit),
        ];
        var glance = AtAGlanceSection.For(project, today);
        var phase = project.CurrentStage.Phase.ToString();
        var stage = project.CurrentStage.NumberedTitle;
        var status = StatusTags.For(project.Status).Text;
        return new PackDocument(
            new PackCover(project.Name, record.OrganisationName, phase, stage, status, UkTime.DateAndTime(generatedAt), generatedBy,
                project.FrameworkVersion, record.SecurityMarking,
                PackFingerprint.Of(project.Name, record.OrganisationName, phase, stage, status, project.FrameworkVersion, [glance, .. sections])),
            glance,
            sections);
    }
}
