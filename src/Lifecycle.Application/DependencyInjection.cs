using Lifecycle.Application.Access;
using Lifecycle.Application.Assessments;
using Lifecycle.Application.Audit;
using Lifecycle.Application.Delivery;
using Lifecycle.Application.Engagement;
using Lifecycle.Application.Exports;
using Lifecycle.Application.Governance;
using Lifecycle.Application.Organisations;
using Lifecycle.Application.Portfolio;
using Lifecycle.Application.Projects;
using Lifecycle.Application.SignOffs;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddLifecycleApplication(this IServiceCollection services)
    {
        services.AddScoped<ProjectCommandRunner>();
        services.AddScoped<Notifications.ProjectEmails>();
        services.AddScoped<Notifications.MonitoringReviewReminders>();
        services.AddScoped<RegisterProjectHandler>();
        services.AddScoped<ChangeProjectDetailsHandler>();
        services.AddScoped<RecordChecklistItemHandler>();
        services.AddScoped<AdvanceStageHandler>();
        services.AddScoped<ChangeProjectStatusHandler>();
        services.AddScoped<ChangeProjectRoleHandler>();
        services.AddScoped<RecordMaturityAssessmentHandler>();
        services.AddScoped<ChooseSolutionHandler>();
        services.AddScoped<SaveDesignRecordsHandler>();
        services.AddScoped<RecordTestingHandler>();
        services.AddScoped<DeliveryHandler>();
        services.AddScoped<EngagementHandler>();
        services.AddScoped<SaveDatasetHandler>();
        services.AddScoped<StopUsingDatasetHandler>();
        services.AddScoped<CompleteTriageHandler>();
        services.AddScoped<AnswerWorkbookQuestionHandler>();
        services.AddScoped<ConfirmWorkbookAnswerHandler>();
        services.AddScoped<Evaluation.AcceptSmallGroupGapHandler>();
        services.AddScoped<Evaluation.WithdrawResultHandler>();
        services.AddScoped<SaveBusinessCaseHandler>();
        services.AddScoped<SubmitForSignOffHandler>();
        services.AddScoped<DecideSignOffHandler>();
        services.AddScoped<GetAwaitingSignOffs>();
        services.AddScoped<SaveImpactAssessmentHandler>();
        services.AddScoped<ChangeOversightGroupHandler>();
        services.AddScoped<SaveRiskHandler>();
        services.AddScoped<GetProjectAccess>();
        services.AddScoped<GetProject>();
        services.AddScoped<GetPortfolio>();
        services.AddScoped<GetAuditTrail>();
        services.AddScoped<GetProjectRecord>();
        services.AddScoped<OrganisationSettings>();
        return services;
    }
}
