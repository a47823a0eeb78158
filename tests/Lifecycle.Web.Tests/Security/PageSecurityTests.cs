using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Lifecycle.Web.Tests.Security;

/// <summary>
/// Every page and handler, and the protection it has. A new page, or a changed protection, fails
/// here until this list is updated on purpose.
/// </summary>
public sealed class PageSecurityTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    private static readonly SortedDictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["/"] = "signed in | GET",
        ["/account/access-denied"] = "signed in | GET",
        ["/account/accept-invitation"] = "anonymous | GET POST",
        ["/account/email-settings"] = "signed in | GET POST",
        ["/account/forgot-password"] = "anonymous | GET POST",
        ["/account/sign-in"] = "anonymous | GET POST",
        ["/account/sign-in/sso"] = "anonymous | GET GET Complete POST",
        ["/account/sign-in/two-factor"] = "anonymous | GET POST",
        ["/account/two-factor/set-up"] = "signed in | GET POST",
        ["/account/sign-out"] = "signed in | GET POST",
        ["/development/mail"] = "anonymous | GET",
        ["/errors/{code:int}"] = "anonymous | GET POST",
        ["/public/{organisation}"] = "anonymous | GET",
        ["/public/{organisation}/{tool}"] = "anonymous | GET POST",
        ["/public/{organisation}/{tool}/atrs.json"] = "anonymous | GET",
        ["/organisation/api-tokens"] = "organisation administrator | GET",
        ["/organisation/api-tokens/new"] = "organisation administrator | GET POST",
        ["/organisation/api-tokens/{tokenId:guid}/revoke"] = "organisation administrator | GET POST",
        ["/organisation/audit"] = "organisation administrator | GET POST CheckInFull",
        ["/organisation/people"] = "organisation administrator | GET POST ResetTwoFactor",
        ["/organisation/people/add"] = "organisation administrator | GET POST",
        ["/organisation/settings"] = "organisation administrator | GET POST",
        ["/organisation/settings/public-address"] = "organisation administrator | GET POST",
        ["/service/organisations"] = "service administrator | GET",
        ["/service/organisations/new"] = "service administrator | GET POST",
        ["/projects/csv"] = "signed in | GET",
        ["/projects/new"] = "organisation administrator | GET POST",
        ["/projects/{projectId:guid}"] = "project | GET:Read POST Resume:ChangeStatus",
        ["/projects/{projectId:guid}/audit"] = "project | GET:Read POST CheckInFull:CheckAuditTrail",
        ["/projects/{projectId:guid}/business-case"] = "project | GET:Read POST Submit:WriteBusinessCase",
        ["/projects/{projectId:guid}/business-case/decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/business-case/edit"] = "project | GET:WriteBusinessCase POST:WriteBusinessCase",
        ["/projects/{projectId:guid}/datasets"] = "project | GET:Read",
        ["/projects/{projectId:guid}/datasets/new"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/datasets/{datasetId:guid}"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/datasets/{datasetId:guid}/stop-using"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/impact-assessments"] = "project | GET:Read",
        ["/projects/{projectId:guid}/impact-assessments/{key}"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/maturity"] = "project | GET:Read POST:RecordAssessment",
        ["/projects/{projectId:guid}/oversight"] = "project | GET:Read POST Remove:ManageGovernance",
        ["/projects/{projectId:guid}/oversight/meetings/new"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/oversight/members/new"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/pack"] = "project | GET:Read",
        ["/projects/{projectId:guid}/pack/pdf"] = "project | GET:Read",
        ["/projects/{projectId:guid}/pack/preview"] = "project | GET:Read",
        ["/projects/{projectId:guid}/risks"] = "project | GET:Read",
        ["/projects/{projectId:guid}/risks/csv"] = "project | GET:Read",
        ["/projects/{projectId:guid}/risks/new"] = "project | GET:ManageRisks POST:ManageRisks",
        ["/projects/{projectId:guid}/risks/{riskId:guid}"] = "project | GET:ManageRisks POST:ManageRisks",
        ["/projects/{projectId:guid}/solution"] = "project | GET:Read POST:RecordAssessment",
        ["/projects/{projectId:guid}/design"] = "project | GET:Read POST:RecordAssessment POST SubmitChange:RecordAssessment POST SubmitUngrouped:RecordAssessment",
        ["/projects/{projectId:guid}/thresholds/decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/thresholds/ungrouped-decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/triage/decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/maturity/scrutiny-decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/results/{source}/{number:int}/accept-gap"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/results/{source}/{number:int}/withdraw"] = "project | GET:WithdrawResult POST:WithdrawResult",
        ["/projects/{projectId:guid}/details"] = "project | GET:EditDetails POST:EditDetails",
        ["/projects/{projectId:guid}/hold"] = "project | GET:ChangeStatus POST:ChangeStatus",
        ["/projects/{projectId:guid}/stages/{stageNumber:int}"] = "project | GET:Read POST Advance:AdvanceStage",
        ["/projects/{projectId:guid}/stages/{stageNumber:int}/items/{code}"] = "project | GET:RecordChecklist POST:RecordChecklist",
        ["/projects/{projectId:guid}/stop"] = "project | GET:ChangeStatus POST:ChangeStatus",
        ["/projects/{projectId:guid}/stopped/users-told"] = "project | GET:ChangeStatus POST:ChangeStatus",
        ["/projects/{projectId:guid}/team"] = "project | GET:Read POST Remove:ManageTeam",
        ["/projects/{projectId:guid}/testing"] = "project | GET:Read",
        ["/projects/{projectId:guid}/testing/runs/new"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/testing/validation/new"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/testing/conditions/{conditionNumber:int}"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/transparency"] = "project | GET:ExportTransparencyRecord POST Confirm:ExportTransparencyRecord POST Publish:ExportTransparencyRecord POST Unpublish:ExportTransparencyRecord",
        ["/projects/{projectId:guid}/transparency/document"] = "project | GET:ExportTransparencyRecord",
        ["/projects/{projectId:guid}/transparency/json"] = "project | GET:ExportTransparencyRecord",
        ["/projects/{projectId:guid}/triage"] = "project | GET:Read",
        ["/projects/{projectId:guid}/workbook"] = "project | GET:Read",
        ["/projects/{projectId:guid}/workbook/{number:int}"] = "project | GET:Read POST:RecordAssessment POST Confirm:RecordAssessment",
        ["/projects/{projectId:guid}/workbook/{number:int}/compare"] = "project | GET:Read",
        ["/projects/{projectId:guid}/triage/new"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/triage/{number:int}"] = "project | GET:Read",
        ["/projects/{projectId:guid}/team/add"] = "project | GET:ManageTeam POST:ManageTeam",
        ["/projects/{projectId:guid}/development"] = "project | GET:Read POST:RecordAssessment",
        ["/projects/{projectId:guid}/return-to-development"] = "project | GET:AdvanceStage POST:AdvanceStage",
        ["/projects/{projectId:guid}/engagement"] = "project | GET:Read",
        ["/projects/{projectId:guid}/engagement/feedback/new"] = "project | GET:RaiseFeedback POST:RaiseFeedback",
        ["/projects/{projectId:guid}/engagement/feedback/{feedbackId:guid}/respond"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/engagement/new"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/engagement/training/new"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/deployment-plan"] = "project | GET:Read POST:RecordAssessment",
        ["/projects/{projectId:guid}/go-live"] = "project | GET:Read POST Submit:AdvanceStage",
        ["/projects/{projectId:guid}/go-live/decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/monitoring"] = "project | GET:Read POST SubmitPlanChange:AdvanceStage",
        ["/projects/{projectId:guid}/deployment-plan/decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/monitoring/reviews/new"] = "project | GET:RecordAssessment POST:RecordAssessment",
        ["/projects/{projectId:guid}/monitoring/scope-change"] = "project | GET:AdvanceStage POST:AdvanceStage",
        ["/projects/{projectId:guid}/monitoring/keep-in-use"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/impact-assessments/{assessmentId:guid}/confirm-unchanged"] = "project | GET:ManageGovernance POST:ManageGovernance",
        ["/projects/{projectId:guid}/retirement"] = "project | GET:Read POST Archive:AdvanceStage POST Propose:ChangeStatus",
        ["/projects/{projectId:guid}/retirement/decision"] = "project | GET:DecideSignOff POST:DecideSignOff",
        ["/projects/{projectId:guid}/transparency/edit"] = "project | GET:ExportTransparencyRecord POST:ExportTransparencyRecord",
    };

    [Fact]
    public async Task EveryPage_HasTheExpectedProtection()
    {
        var actual = await factory.WithScopeAsync(async sp =>
        {
            var loader = sp.GetRequiredService<PageLoader>();
            var pages = sp.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var page in pages)
            {
                var compiled = await loader.LoadAsync(page, new Microsoft.AspNetCore.Http.EndpointMetadataCollection());
                result["/" + page.AttributeRouteInfo!.Template] = Describe(compiled);
            }

            return result;
        });

        AssertSame(Expected, actual);
    }

    /// <summary>Everything that is not a page: health, the OpenAPI document, and the API (a token, never a sign-in cookie).</summary>
    private static readonly SortedDictionary<string, string> ExpectedOtherEndpoints = new(StringComparer.Ordinal)
    {
        ["/health"] = "anonymous",
        ["/api/{documentName}/openapi.json"] = "anonymous",
        ["/api/v1/projects"] = "api token | rate limited",
        ["/api/v1/projects/{projectId:uuid}"] = "api token | rate limited",
        ["/api/v1/projects/{projectId:uuid}/risks"] = "api token | rate limited",
        ["/api/v1/projects/{projectId:uuid}/sign-offs"] = "api token | rate limited",
        ["/api/v1/projects/{projectId:uuid}/test-runs"] = "api token | rate limited",
        ["/api/v1/projects/{projectId:uuid}/monitoring-reviews"] = "api token | rate limited",
        ["/api/v1/projects/{projectId:uuid}/transparency-record"] = "api token | rate limited",
        ["/api/v1/{**path}"] = "api token | rate limited",
    };

    [Fact]
    public void EveryEndpointThatIsNotAPage_HasTheExpectedProtection()
    {
        var actual = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null)
            .ToDictionary(e => e.RoutePattern.RawText!, DescribeEndpoint);

        AssertSame(ExpectedOtherEndpoints, actual);
    }

    [Fact]
    public async Task HealthEndpoint_AnswersWithoutSignIn()
    {
        var anonymous = PageClient.For(factory);

        var response = await anonymous.GetResponseAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Lists every route whose protection differs, so one run shows everything to update.</summary>
    private static void AssertSame(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        var differences = expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(route => expected.GetValueOrDefault(route) != actual.GetValueOrDefault(route))
            .Select(route => $"{route}: expected \"{expected.GetValueOrDefault(route)}\", found \"{actual.GetValueOrDefault(route)}\"")
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static string DescribeEndpoint(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return "anonymous";
        }

        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
        var protection = policies.Contains(Policies.ApiReader) ? "api token" : policies.Count > 0 ? string.Join(",", policies) : "signed in";
        return endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>() is { PolicyName: { } limit }
            ? $"{protection} | {(limit == Web.Api.ApiLimits.Policy ? "rate limited" : limit)}"
            : protection;
    }

    private static string Describe(CompiledPageActionDescriptor page)
    {
        var model = page.ModelTypeInfo!.AsType();
        var handlers = page.HandlerMethods
            .OrderBy(h => h.HttpMethod, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal)
            .Select(h => (Name: h.Name is null ? h.HttpMethod.ToUpperInvariant() : $"{h.HttpMethod.ToUpperInvariant()} {h.Name}", h.MethodInfo))
            .ToList();

        if (page.RouteValues["page"]!.StartsWith("/Projects/", StringComparison.Ordinal) && page.AttributeRouteInfo!.Template!.Contains("{projectId", StringComparison.Ordinal))
        {
            return "project | " + string.Join(' ', handlers.Select(h => $"{h.Name}:{ProjectAccessFilter.RequiredOperation(h.MethodInfo, model)}"));
        }

        var protection = page.EndpointMetadata.OfType<IAllowAnonymous>().Any() ? "anonymous"
            : page.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.OrganisationAdministrator) ? "organisation administrator"
            : page.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.ServiceAdministrator) ? "service administrator"
            : "signed in";
        return protection + " | " + string.Join(' ', handlers.Select(h => h.Name));
    }
}
