using FluentValidation;
using Lifecycle.Web.Exports.Pack;
using Lifecycle.Web.Exports.Transparency;
using Lifecycle.Web.Security;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Authorization;

namespace Lifecycle.Web.Startup;

public static class WebServices
{
    public static IServiceCollection AddLifecycleWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Organisation", Policies.OrganisationAdministrator);
            options.Conventions.AuthorizePage("/Projects/New", Policies.OrganisationAdministrator);
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<HandlerMustExistFilter>();
            options.Filters.Add<NotFoundExceptionFilter>();
            options.Filters.Add<ProjectAccessFilter>();
        });

        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.OrganisationAdministrator, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(Infrastructure.Identity.LifecycleClaims.OrganisationAdministrator, "true"));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "lifecycle-session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAntiforgery(options => options.Cookie.Name = "lifecycle-antiforgery");

        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddScoped<HtmlRenderer>();
        services.AddScoped<OversightPackExporter>();
        services.AddScoped<TransparencyExporter>();
        services.AddProblemDetails();
        return services;
    }
}
