using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Lifecycle.Web.Security;

/// <summary>
/// Resource-based authorisation for every page with a project in its route, GET and POST alike:
/// another organisation's (or an unknown) project is 404; a project the person may see but not
/// change in this way is 403.
/// </summary>
public sealed class ProjectAccessFilter(GetProjectAccess getAccess) : IAsyncPageFilter
{
    public const string RouteKey = "projectId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue(RouteKey, out var raw))
        {
            await next();
            return;
        }

        if (!Guid.TryParse(raw?.ToString(), out var projectId) || context.HttpContext.User.Identity?.IsAuthenticated != true)
        {
            context.Result = new NotFoundResult();
            return;
        }

        var user = CurrentUser.From(context.HttpContext.User);
        var access = await getAccess.ForAsync(projectId, user.OrganisationId, user.PersonId, user.IsOrganisationAdministrator, context.HttpContext.RequestAborted);
        if (access is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (!access.Allows(RequiredOperation(context.HandlerMethod?.MethodInfo, context.HandlerInstance.GetType())))
        {
            context.Result = new ForbidResult();
            return;
        }

        context.HttpContext.Items[typeof(ProjectAccess)] = access;
        await next();
    }

    public static ProjectOperation RequiredOperation(MethodInfo? handler, Type pageModel) =>
        handler?.GetCustomAttribute<RequiresProjectOperationAttribute>()?.Operation
        ?? pageModel.GetCustomAttribute<RequiresProjectOperationAttribute>()?.Operation
        ?? ProjectOperation.Read;
}
