using Lifecycle.Web.Links;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Web.Pages.Projects;

/// <summary>A page about one project. <see cref="Security.ProjectAccessFilter"/> has already checked access.</summary>
public abstract class ProjectPageModel : LifecyclePageModel
{
    [FromRoute]
    public Guid ProjectId { get; set; }

    /// <summary>The version of the project the person was looking at when they submitted a form.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public ProjectAccess Access => (ProjectAccess)HttpContext.Items[typeof(ProjectAccess)]!;

    public bool Can(ProjectOperation operation) => Access.Allows(operation);

    /// <summary>Where this project's pages are (see <see cref="ProjectLinks"/>).</summary>
    public ProjectLinks Links => HttpContext.RequestServices.GetRequiredService<ProjectLinks>();

    /// <summary>
    /// Makes a change and, if it is saved, says so and redirects (post/redirect/get). If the domain
    /// refuses it, or someone else changed the project first, records why and returns null so the
    /// page shows the form again with what was typed.
    /// </summary>
    /// <summary>Runs the form's validator (every form has one) and puts each failure on model state under "Input.Property".</summary>
    protected Task<bool> ValidateAsync<TInput>(TInput input, string prefix = "Input") => ValidationExtensions.ValidateAsync(this, input, prefix);

    protected async Task<IActionResult?> TryChangeAsync(Func<Task> change, string successMessage, string redirectTo, string refusalKey = "")
    {
        try
        {
            await change();
            TempData["Success"] = successMessage;
            return Redirect(redirectTo);
        }
        catch (BusinessRuleViolationException violation)
        {
            ModelState.AddRuleViolations(violation, refusalKey);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, ConcurrencyMessage.Text);
        }

        return null;
    }

    /// <summary>
    /// A version that is not a version at all (a tampered or truncated form) is treated as someone
    /// else's change: the person sees the conflict message, never the framework's wording.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (ModelState.TryGetValue(nameof(Version), out var entry) && entry.Errors.Count > 0)
        {
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError(string.Empty, ConcurrencyMessage.Text);
        }

        base.OnPageHandlerExecuting(context);
    }

    /// <summary>After a refused change, the form posts against the latest version so that submitting again can succeed.</summary>
    protected void ShowLatestVersion(Guid latest)
    {
        ModelState.Remove(nameof(Version));
        Version = latest;
    }
}
