namespace Lifecycle.Web.Api;

public static class ApiRoutes
{
    public const string Root = "/api/v1";

    public const string Projects = Root + "/projects";

    /// <summary>The OpenAPI document's address, with the document name ("v1") as the version part.</summary>
    public const string OpenApiPattern = "/api/{documentName}/openapi.json";

    public const string DocumentName = "v1";

    public static string Project(Guid projectId) => $"{Projects}/{projectId}";
}
