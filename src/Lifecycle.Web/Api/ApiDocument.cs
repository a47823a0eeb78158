using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lifecycle.Web.Api;

/// <summary>What the OpenAPI document says about the API as a whole: what it is for and how to authenticate.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    private const string TokenScheme = "ApiToken";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Projects"] = "The organisation's data analytics projects: where each stands in the ten stages, its sign-offs, and its published transparency record.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Lifecycle read API",
            Version = ApiRoutes.DocumentName,
            Description = "Read-only JSON about one organisation's data analytics projects, for the council's own reporting tools. "
                + "Every request needs an API token, made by an organisation administrator under Organisation, API tokens, sent as \"Authorization: Bearer <token>\". "
                + "Lists are paged with page (from 1) and pageSize (1 to 100, 50 unless given). Times are UTC. Each token may make a limited number of requests a minute; "
                + "past that the answer is 429 with a Retry-After header.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[TokenScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token from Organisation, API tokens. It is shown once, when it is made.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, document)] = [] }];

        // The server is the address people use (App:PublicBaseUrl), not whatever host a proxy passed on; paths already
        // start with "/", so it has no trailing slash.
        if (context.ApplicationServices.GetService<Microsoft.Extensions.Options.IOptions<Startup.PublicAddress>>()?.Value.BaseUri is { } publicAddress)
        {
            document.Servers = [new OpenApiServer { Url = publicAddress.GetLeftPart(UriPartial.Path).TrimEnd('/') }];
        }

        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? string.Empty);
        }

        return Task.CompletedTask;
    }
}
