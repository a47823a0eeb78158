using Lifecycle.Application.Projects;
using Lifecycle.Domain.Capability;
using Lifecycle.Domain.SignOffs;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Web.Tests.Support;

public static class TestProjectSetup
{
    /// <summary>Test projects' work began well before the dated records the tests give them.</summary>
    public static readonly DateOnly WorkBegan = new(2024, 1, 8);

    public static Task<Guid> ProjectAsync(this LifecycleFactory factory, TestPerson manager, string name = "Early help dashboard", bool predictive = false) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<RegisterProjectHandler>().HandleAsync(
            new RegisterProject(manager.OrganisationId, name, null, predictive, false, false, manager.Id, new(manager.Id, manager.Name), WorkBegan),
            CancellationToken.None));

    public static Task<Project> LoadProjectAsync(this LifecycleFactory factory, Guid projectId) =>
        factory.WithScopeAsync(sp => sp.GetRequiredService<GetProject>().ForAsync(projectId, OrganisationOf(sp, projectId), CancellationToken.None));

    /// <summary>
    /// Marks every mandatory item of the current stage done and satisfies its assessments, through
    /// the domain, as the team would; the stage is then ready to leave.
    /// </summary>
    public static Task CompleteCurrentStageAsync(this LifecycleFactory factory, Guid projectId, TestPerson actor) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(projectId, await db.Projects.Where(p => p.Id == projectId).Select(p => p.OrganisationId).SingleAsync(), CancellationToken.None);
            var who = new Lifecycle.Domain.Common.Actor(actor.Id, actor.Name);
            switch (project.CurrentStage.Number)
            {
                case 2:
                    project.RecordMaturityAssessment(
                        Enum.GetValues<MaturityComponent>().Select(c => new ComponentScore(c, 4, "Scored at a workshop")).ToList(), who, DateTime.UtcNow);
                    break;
                case 3:
                    project.ChooseSolution(project.IsPredictive ? AnalyticsType.Predictive : AnalyticsType.Descriptive, project.InvolvesThirdParty, who, DateTime.UtcNow);
                    project.AddDataset(new DatasetDetails("Referrals", null, null, 1000, 2m, null, true, false, null, DataQuality.Good, null), who, DateTime.UtcNow);
                    break;
                case 4:
                    if (project.LatestTriage is null)
                    {
                        project.CompleteTriage(TestTriage.LowRisk, who, DateTime.UtcNow);
                    }

                    for (var question = 1; question <= 5; question++)
                    {
                        if (project.CurrentAnswer(question) is null)
                        {
                            project.AnswerWorkbookQuestion(question, $"Answer to question {question}", who, DateTime.UtcNow);
                        }
                    }

                    if (project.StandardAssessment(Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection) is null)
                    {
                        project.SaveImpactAssessment(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection,
                            new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.InProgress, null, "DPO", null, null, null), who, DateTime.UtcNow);
                    }

                    foreach (var kind in project.IsHighRisk ? [Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.Equality, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.ChildrensRights] : Array.Empty<Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind>())
                    {
                        if (project.StandardAssessment(kind) is null)
                        {
                            project.SaveImpactAssessment(null, kind, new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.InProgress, null, "Equalities lead", null, null, null), who, DateTime.UtcNow);
                        }
                    }

                    if (project.OversightMembers.Count == 0)
                    {
                        project.AddOversightMember("Olu Oversight", "University", "Ethics", Lifecycle.Domain.Oversight.Independence.Independent, who, DateTime.UtcNow);
                    }

                    ApproveBusinessCase(project, who);
                    break;
                case 5:
                    project.RecordSuccessCriteria(new("Fewer repeat referrals", "Repeat referral rate each quarter", "22% in 2025"), who, DateTime.UtcNow);
                    if (project.IsPredictive)
                    {
                        project.SetAccuracyThresholds(new(0.7, 0.7, 0.8, 0.1, 10), null, who, DateTime.UtcNow);
                    }

                    break;
                case 6:
                    project.RecordDevelopmentSafeguards(new("Role-based access.", "Top factors shown with each score.", "Practitioners record disagreement.", "Monthly feedback review."), who, DateTime.UtcNow);
                    break;
                case 7:
                    Lifecycle.Domain.Testing.GroupCounts[] results = project.IsPredictive ? [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)] : [];
                    project.AddTestRun(Lifecycle.Domain.Testing.TestRunKind.Alpha, new DateOnly(2026, 4, 1), null, results, who, DateTime.UtcNow);
                    project.AddTestRun(Lifecycle.Domain.Testing.TestRunKind.Beta, new DateOnly(2026, 5, 1), null, results, who, DateTime.UtcNow);
                    project.RecordExternalValidation(new("Dr Lee", "University of the North", new DateOnly(2026, 5, 10), Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Sound.", []), who, DateTime.UtcNow);
                    break;
                case 8:
                    for (var question = 6; question <= Lifecycle.Domain.Framework.LifecycleFramework.WorkbookQuestions.Count; question++)
                    {
                        project.AnswerWorkbookQuestion(question, $"Answer to question {question}", who, DateTime.UtcNow);
                    }

                    project.RecordDeploymentPlan(TestPlans.Deployment, who, DateTime.UtcNow);
                    var dpia = project.StandardAssessment(Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection)!;
                    project.SaveImpactAssessment(dpia.Id, dpia.Kind, dpia.Details with { Status = Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.Complete, CompletedOn = DateOnly.FromDateTime(DateTime.UtcNow) }, who, DateTime.UtcNow);
                    ConfirmCompleteTransparencyRecord(project, who, await OrganisationNameAsync(db, project));
                    Approve(project, SignOffKind.GoLive, who);
                    break;
                case 9:
                    project.ProposeRetirement("Replaced by a regional service.", who, DateTime.UtcNow);
                    Approve(project, SignOffKind.Retirement, who, submit: false);
                    break;
                case 10:
                    if (project.TransparencyArchivedOn is null)
                    {
                        project.ArchiveTransparencyRecord(DateOnly.FromDateTime(DateTime.UtcNow), who, DateTime.UtcNow);
                    }

                    foreach (var question in Lifecycle.Domain.Framework.LifecycleFramework.WorkbookQuestionsOf(Lifecycle.Domain.Framework.Phase.Implement))
                    {
                        project.ConfirmWorkbookAnswer(question.Number, who, DateTime.UtcNow);
                    }

                    break;
            }

            foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
            {
                project.MarkItemDone(item.Code, null, null, who, DateTime.UtcNow);
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>Marks the current stage's mandatory items done and answers the workbook up to a question, without its other records.</summary>
    public static Task TickItemsAndAnswerWorkbookAsync(this LifecycleFactory factory, Guid projectId, TestPerson actor, int upToQuestion) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(projectId, actor.OrganisationId, CancellationToken.None);
            var who = new Lifecycle.Domain.Common.Actor(actor.Id, actor.Name);
            foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
            {
                project.MarkItemDone(item.Code, null, null, who, DateTime.UtcNow);
            }

            for (var question = 1; question <= upToQuestion; question++)
            {
                if (project.CurrentAnswer(question) is null)
                {
                    project.AnswerWorkbookQuestion(question, $"Answer to question {question}", who, DateTime.UtcNow);
                }
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>Completes and leaves each stage in turn until the team's project is in the given stage.</summary>
    public static async Task AdvanceToAsync(this LifecycleFactory factory, Team team, int stage)
    {
        while ((await factory.LoadProjectAsync(team.ProjectId)).CurrentStage.Number < stage)
        {
            await factory.CompleteCurrentStageAsync(team.ProjectId, team.Manager);
            await factory.AdvanceAsync(team.ProjectId, team.Manager);
        }
    }

    /// <summary>Moves the project to its next stage through the domain, as the project manager would; the gate must be open.</summary>
    public static Task AdvanceAsync(this LifecycleFactory factory, Guid projectId, TestPerson manager) =>
        factory.WithDbAsync(async db =>
        {
            var project = await db.Projects.LoadAsync(projectId, manager.OrganisationId, CancellationToken.None);
            project.AdvanceStage(new(manager.Id, manager.Name), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    /// <summary>Writes, submits and has a senior leader of the project approve a business case, if it has one.</summary>
    private static void ApproveBusinessCase(Project project, Lifecycle.Domain.Common.Actor manager)
    {
        if (project.ApprovalStateOf(SignOffKind.BusinessCase) == ApprovalState.Approved)
        {
            return;
        }

        project.SaveBusinessCase(new BusinessCaseDetails("Demand for early help is rising.", null, null, null, null, 1000, null, null, null, null, null), manager, DateTime.UtcNow);
        Approve(project, SignOffKind.BusinessCase, manager);
    }

    /// <summary>Submits (unless already submitted) and has another senior leader of the project approve, if it has one.</summary>
    private static void Approve(Project project, SignOffKind kind, Lifecycle.Domain.Common.Actor submitter, bool submit = true)
    {
        var leader = project.Members.FirstOrDefault(m => m.Role == ProjectRole.SeniorLeader && m.PersonId != submitter.PersonId);
        if (leader is null)
        {
            return;
        }

        if (submit)
        {
            project.SubmitForSignOff(kind, submitter, DateTime.UtcNow);
        }

        project.DecideSignOff(kind, Decision.Approved, null, new(leader.PersonId, "Senior leader"), DateTime.UtcNow);
    }

    /// <summary>Writes the team's text into every field of the transparency record the records leave empty, then confirms it.</summary>
    public static void ConfirmCompleteTransparencyRecord(Project project, Lifecycle.Domain.Common.Actor who, string organisationName)
    {
        var gaps = Lifecycle.Domain.Transparency.TransparencyFields.For(project, organisationName, DateTime.UtcNow).Missing;
        if (gaps.Count > 0)
        {
            project.SaveTransparencyEntries(gaps.ToDictionary(f => f.Key, f => (string?)TeamTextFor(f)), who, DateTime.UtcNow);
        }

        project.ConfirmTransparencyRecord(organisationName, who, DateTime.UtcNow);
    }

    private static string TeamTextFor(Lifecycle.Domain.Transparency.AtrsField field) => field.Key switch
    {
        _ when Lifecycle.Domain.Transparency.TeamTextMustBePlainRule.AddressFields.Contains(field.Key) => "https://www.council.example/tool",
        "contact_email" => "data.team@council.example",
        _ => $"The team's text for {field.Label}",
    };

    public static Task<string> OrganisationNameAsync(Lifecycle.Infrastructure.Persistence.LifecycleDbContext db, Project project) =>
        db.Organisations.Where(o => o.Id == project.OrganisationId).Select(o => o.Name).SingleAsync();

    private static Guid OrganisationOf(IServiceProvider sp, Guid projectId) =>
        sp.GetRequiredService<Lifecycle.Infrastructure.Persistence.LifecycleDbContext>().Projects
            .Where(p => p.Id == projectId).Select(p => p.OrganisationId).Single();
}

public static class TestPlans
{
    public static readonly Lifecycle.Domain.PreDeployment.DeploymentPlan Deployment = new(
        "Head of performance", 1, "Interviews with users after three months.", "Repeat referrals compared with 2025.", "Regional evaluation unit", true, "A page on the council website.");
}
