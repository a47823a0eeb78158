using Lifecycle.Web.Exports.Transparency;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lifecycle.Web.Api;

/// <summary>
/// The read API for a council's reporting tools: every address is a GET, scoped to the organisation of the token it
/// is called with; a project of another organisation reads as not found, exactly like one that does not exist.
/// </summary>
public static class ApiEndpoints
{
    public const string TransparencyRecordOperation = "GetTransparencyRecord";

    public static void MapLifecycleApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(ApiRoutes.OpenApiPattern).AllowAnonymous().ExcludeFromDescription();

        var api = app.MapGroup(ApiRoutes.Root)
            .RequireAuthorization(Policies.ApiReader)
            .RequireRateLimiting(ApiLimits.Policy)
            .AddEndpointFilter(NotFoundAsProblem)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithTags("Projects");

        api.MapGet("/projects", ListProjectsAsync).WithName("ListProjects")
            .WithSummary("The organisation's projects")
            .WithDescription("Every project of the token's organisation, oldest first: phase, stage, status, dates, next review, what the next stage gate still needs and where each sign-off stands.");
        api.MapGet("/projects/{projectId:uuid}", GetProjectAsync).WithName("GetProject")
            .WithSummary("One project").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/projects/{projectId:uuid}/risks", ListRisksAsync).WithName("ListRisks")
            .WithSummary("The project's risk log, by risk number").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/projects/{projectId:uuid}/sign-offs", ListSignOffsAsync).WithName("ListSignOffs")
            .WithSummary("Every sign-off request, its decision and where it stands, oldest first").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/projects/{projectId:uuid}/test-runs", ListTestRunsAsync).WithName("ListTestRuns")
            .WithSummary("Test run results per group, with 95% intervals and threshold checks").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/projects/{projectId:uuid}/monitoring-reviews", ListMonitoringReviewsAsync).WithName("ListMonitoringReviews")
            .WithSummary("Monitoring reviews of the live tool, with their results").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/projects/{projectId:uuid}/transparency-record", GetTransparencyRecordAsync).WithName(TransparencyRecordOperation)
            .WithSummary("The transparency record as Algorithmic Transparency Recording Standard (ATRS) 3.0 JSON")
            .WithDescription("The record as it stands now, the same file as the download on the project's transparency page; missing_fields lists what is not yet filled in.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);

        // Without this an address the API does not have would fall to the pages' sign-in redirect.
        api.MapFallback("{**path}", NothingHereAsync).ExcludeFromDescription();
    }

    private static Task NothingHereAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            return ApiProblems.WriteAsync(http, StatusCodes.Status404NotFound, "Not found",
                $"There is nothing at {http.Request.Path}. The OpenAPI document at {ApiRoutes.Root}/openapi.json lists every address.");
        }

        http.Response.Headers.Allow = ApiProblems.AllowedMethods;
        return ApiProblems.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "Method not allowed", "The API is read-only: use GET.");
    }

    private static async Task<Results<Ok<ApiPage<ApiProject>>, ValidationProblem>> ListProjectsAsync(
        [AsParameters] PageQuery paging, HttpContext http, ApiProjectReader reader)
    {
        var (request, errors) = PageRequest.From(paging);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (items, total) = await reader.PageAsync(OrganisationOf(http), request, http.RequestAborted);
        return TypedResults.Ok(request.Of(items, total, ApiRoutes.Projects));
    }

    private static async Task<Ok<ApiProject>> GetProjectAsync(Guid projectId, HttpContext http, ApiProjectReader reader) =>
        TypedResults.Ok(await reader.OneAsync(OrganisationOf(http), projectId, http.RequestAborted));

    private static Task<Results<Ok<ApiPage<ApiRisk>>, ValidationProblem>> ListRisksAsync(
        Guid projectId, [AsParameters] PageQuery paging, HttpContext http, ApiProjectReader reader) =>
        ListAsync(projectId, paging, http, reader, ProjectViews.RiskLog, "risks",
            project => project.Risks.OrderBy(r => r.Number).Select(r => ApiRisk.From(r, reader.Today)).ToList());

    private static Task<Results<Ok<ApiPage<ApiSignOff>>, ValidationProblem>> ListSignOffsAsync(
        Guid projectId, [AsParameters] PageQuery paging, HttpContext http, ApiProjectReader reader) =>
        ListAsync(projectId, paging, http, reader, ProjectParts.All, "sign-offs", ApiSignOff.AllOf);

    private static Task<Results<Ok<ApiPage<ApiTestRun>>, ValidationProblem>> ListTestRunsAsync(
        Guid projectId, [AsParameters] PageQuery paging, HttpContext http, ApiProjectReader reader) =>
        ListAsync(projectId, paging, http, reader, ProjectViews.Testing, "test-runs",
            project => project.TestRuns.OrderBy(r => r.Number).Select(r => ApiTestRun.From(project, r)).ToList());

    private static Task<Results<Ok<ApiPage<ApiMonitoringReview>>, ValidationProblem>> ListMonitoringReviewsAsync(
        Guid projectId, [AsParameters] PageQuery paging, HttpContext http, ApiProjectReader reader) =>
        ListAsync(projectId, paging, http, reader, ProjectViews.Monitoring, "monitoring-reviews",
            project => project.MonitoringReviews.OrderBy(r => r.Number).Select(r => ApiMonitoringReview.From(project, r)).ToList());

    private static async Task<IResult> GetTransparencyRecordAsync(Guid projectId, HttpContext http, TransparencyExporter exporter)
    {
        var (_, json) = await exporter.JsonAsync(projectId, OrganisationOf(http), http.RequestAborted);
        return TypedResults.Bytes(json, "application/json");
    }

    /// <summary>A page of one of a project's lists; the project is read with only the records the list needs.</summary>
    private static async Task<Results<Ok<ApiPage<T>>, ValidationProblem>> ListAsync<T>(Guid projectId, PageQuery paging, HttpContext http,
        ApiProjectReader reader, ProjectParts parts, string list, Func<Project, IReadOnlyList<T>> items)
    {
        var (request, errors) = PageRequest.From(paging);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var project = await reader.ProjectAsync(OrganisationOf(http), projectId, parts, http.RequestAborted);
        return TypedResults.Ok(request.Of(items(project), $"{ApiRoutes.Project(projectId)}/{list}"));
    }

    private static Guid OrganisationOf(HttpContext http) => ApiTokenAuthentication.OrganisationOf(http.User);

    private static async ValueTask<object?> NotFoundAsProblem(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (NotFoundException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: "There is no project with this id in your organisation.");
        }
    }
}
