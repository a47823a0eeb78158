using System.Threading.RateLimiting;
using Lifecycle.Web.Api;
using Lifecycle.Web.Exports.Pack;
using Lifecycle.Web.Exports.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Startup;

public static class WebServices
{
    public static IServiceCollection AddLifecycleWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Organisation", Policies.OrganisationAdministrator);
            options.Conventions.AuthorizePage("/Projects/New", Policies.OrganisationAdministrator);
            options.Conventions.AuthorizeFolder("/Service", Policies.ServiceAdministrator);
        }).AddMvcOptions(options =>
        {
            // Pages say what is required in their own words; the framework's "The X field is required." never shows.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            BindingMessages.Apply(options.ModelBindingMessageProvider);
            options.Filters.Add<HandlerMustExistFilter>();
            options.Filters.Add<NotFoundExceptionFilter>();
            options.Filters.Add<ProjectAccessFilter>();
            options.Filters.Add<HiddenCharacterFieldsFilter>();
            options.Filters.Add<OnceOnlyFormFilter>();
        });

        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.OrganisationAdministrator, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(Infrastructure.Identity.LifecycleClaims.OrganisationAdministrator, "true"))
            .AddPolicy(Policies.ServiceAdministrator, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(Infrastructure.Identity.LifecycleClaims.ServiceAdministrator, "true"));

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
        // Check the security stamp on every request, so sign-out (which changes it) ends every copy of the session.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // "Remember this browser" after a two-factor code lasts 30 days at most.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, options =>
        {
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = false;
            options.Cookie.Name = "lifecycle-2fa-remember";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSignInLimits();
        services.AddPublicQuestionLimits();
        services.AddLifecycleApi();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "lifecycle-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddScoped<HtmlRenderer>();
        services.AddScoped<OversightPackExporter>();
        services.AddScoped<Display.AtAGlanceSource>();
        services.AddScoped<TransparencyExporter>();
        services.AddScoped<Setup.SetupCommand>();
        services.AddScoped<Setup.OrganisationSetup>();
        services.AddSingleton<Links.SiteLinks>();
        services.AddSingleton<Links.ProjectLinks>();
        services.AddHttpContextAccessor();
        services.AddScoped<Lifecycle.Application.Abstractions.IAppLinks, Email.AppLinks>();
        services.AddProblemDetails();
        return services;
    }

    /// <summary>Questions from the public pages, per address; reading the pages is not limited.</summary>
    private static void AddPublicQuestionLimits(this IServiceCollection services)
    {
        services.AddOptions<Pages.Published.PublicQuestionLimits>().BindConfiguration(Pages.Published.PublicQuestionLimits.Section);
        services.AddSingleton<Pages.Published.PublicQuestionThrottle>();
    }

    private static void AddSignInLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInLimits>().BindConfiguration(SignInLimits.Section);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<KnownDevices>();
        services.AddSingleton<OnceOnlyForms>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInLimits.AddressPolicy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value;
                return RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limits.AttemptsPerAddress,
                    Window = TimeSpan.FromMinutes(limits.WindowMinutes),
                    SegmentsPerWindow = 3,
                    QueueLimit = 0,
                });
            });
        });
    }
}
