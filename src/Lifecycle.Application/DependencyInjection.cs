using Lifecycle.Application.Access;
using Lifecycle.Application.Audit;
using Lifecycle.Application.Capability;
using Lifecycle.Application.Development;
using Lifecycle.Application.Engagement;
using Lifecycle.Application.Exports;
using Lifecycle.Application.ImpactAssessments;
using Lifecycle.Application.Monitoring;
using Lifecycle.Application.Organisations;
using Lifecycle.Application.Oversight;
using Lifecycle.Application.Portfolio;
using Lifecycle.Application.PreDeployment;
using Lifecycle.Application.Retirement;
using Lifecycle.Application.Risks;
using Lifecycle.Application.SignOffs;
using Lifecycle.Application.Solution;
using Lifecycle.Application.Transparency;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddLifecycleApplication(this IServiceCollection services)
    {
        services.AddScoped<ProjectCommandRunner>();
        AddUseCaseHandlers(services);
        services.AddScoped<Notifications.ProjectEmails>();
        services.AddScoped<Notifications.MonitoringReviewReminders>();
        services.AddScoped<GetAwaitingSignOffs>();
        services.AddScoped<GetProjectAccess>();
        services.AddScoped<GetProject>();
        services.AddSingleton<Caching.KeptAnswers>();
        services.AddSingleton(new Caching.KeptAnswersOptions());
        services.AddScoped<GetPortfolio>();
        services.AddScoped<KeptPortfolio>();
        services.AddScoped<GetAuditTrail>();
        services.AddScoped<CheckAuditChain>();
        services.AddScoped<GetTrailHealth>();
        services.AddScoped<GetProjectRecord>();
        services.AddScoped<Publication.PublicTools>();
        services.AddScoped<OrganisationSettings>();
        services.AddScoped<OrganisationDirectory>();
        services.AddScoped<OrganisationRegistry>();
        services.AddScoped<AccountEvents>();
        services.AddScoped<ProjectVersions>();
        services.AddScoped<Api.ApiTokens>();
        return services;
    }

    /// <summary>Each use case is one file with a command and its handler; registering them by convention means a new use case cannot be forgotten here.</summary>
    private static void AddUseCaseHandlers(IServiceCollection services)
    {
        var handlers = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Handler", StringComparison.Ordinal));
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }
    }
}
