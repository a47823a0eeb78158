using Lifecycle.Domain.Common;
using Lifecycle.Domain.Framework;
using Lifecycle.Domain.Projects;

namespace Lifecycle.Domain.Tests.Support;

/// <summary>Builds projects only through the aggregate's public methods.</summary>
internal static class TestProjects
{
    public static readonly Actor Manager = new(Guid.NewGuid(), "Priya Manager");
    public static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    public static Project New(ApplicabilityFacts? facts = null)
    {
        var project = Project.Register(Guid.NewGuid(), Guid.NewGuid(),
            new ProjectDetails("Early help needs analysis", null, facts ?? ApplicabilityFacts.None), Manager, Start);
        project.AssignRole(Manager.PersonId, Manager.Name, ProjectRole.ProjectManager, Manager, Start);
        return project;
    }

    /// <summary>Marks every applicable mandatory item of the current stage done.</summary>
    public static Project CompleteCurrentStage(this Project project)
    {
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, Manager, Start);
        }

        return project;
    }

    public static Project AdvancedTo(int stage, ApplicabilityFacts? facts = null)
    {
        var project = New(facts);
        while (project.CurrentStage.Number < stage)
        {
            project.CompleteCurrentStage().AdvanceStage(Manager, Start);
        }

        return project;
    }
}
