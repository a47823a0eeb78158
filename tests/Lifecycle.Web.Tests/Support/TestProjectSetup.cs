using Lifecycle.Application.Projects;
using Lifecycle.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Web.Tests.Support;

public static class TestProjectSetup
{
    public static Task<Guid> ProjectAsync(this LifecycleFactory factory, TestPerson manager, string name = "Early help dashboard", bool predictive = false) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<RegisterProjectHandler>().HandleAsync(
            new RegisterProject(manager.OrganisationId, name, null, predictive, false, false, manager.Id, new(manager.Id, manager.Name)),
            CancellationToken.None));

    public static Task<Project> LoadProjectAsync(this LifecycleFactory factory, Guid projectId) =>
        factory.WithDbAsync(db => db.Projects.AsNoTracking()
            .Include(p => p.Stages).Include(p => p.Items).Include(p => p.Members)
            .SingleAsync(p => p.Id == projectId));

    /// <summary>Marks every mandatory item of the current stage done through the domain, as a practitioner would.</summary>
    public static Task CompleteCurrentStageAsync(this LifecycleFactory factory, Guid projectId, TestPerson actor) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.Include(p => p.Stages).Include(p => p.Items).SingleAsync(p => p.Id == projectId);
            foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
            {
                project.MarkItemDone(item.Code, null, null, new(actor.Id, actor.Name), DateTime.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
}
