using Lifecycle.Domain.Capability;
using Lifecycle.Domain.Solution;

namespace Lifecycle.Domain.Tests.Support;

/// <summary>Builds projects only through the aggregate's public methods.</summary>
internal static class TestProjects
{
    public static readonly Actor Manager = new(Guid.NewGuid(), "Priya Manager");
    public static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The council began the work a year before registering the project here; the fixtures' records fall between.</summary>
    public static readonly DateOnly WorkBegan = new(2025, 1, 6);
    public static readonly Actor Leader = new(Guid.NewGuid(), "Sam Leader");
    public static readonly Actor Admin = new(Guid.NewGuid(), "Ada Admin", IsOrganisationAdministrator: true);

    public static readonly Lifecycle.Domain.SignOffs.BusinessCaseDetails Case = new(
        "Early help demand outstrips family hub capacity in two localities.", "Earlier support for families", "Families labelled by a score",
        "No automated referrals", "Managers see demand weekly instead of quarterly", 20_000, 5_000, 2_000, 3_000, 1_000, "Two councils report shorter waits");

    public static readonly Lifecycle.Domain.Development.DevelopmentSafeguards Safeguards = new(
        "Role-based access; data encrypted at rest.", "Each score lists its top three factors.", "Practitioners record a disagreement on the case.", "A feedback form, reviewed weekly.");

    public static readonly Lifecycle.Domain.PreDeployment.DeploymentPlan Plan = new(
        "Head of performance", 1, "Interviews with users after three months.", "Compare repeat referrals with 2025.", "Regional evaluation unit", true, "A page on the council website.");

    public static Project New(ApplicabilityFacts? facts = null)
    {
        var project = Project.Register(Guid.NewGuid(), Guid.NewGuid(),
            new ProjectDetails("Early help needs analysis", null, facts ?? ApplicabilityFacts.None, WorkBegan), Manager, Start);
        project.AssignRole(Manager.PersonId, Manager.Name, ProjectRole.ProjectManager, Admin, Start);
        project.AssignRole(Leader.PersonId, Leader.Name, ProjectRole.SeniorLeader, Admin, Start);
        return project;
    }

    public static IReadOnlyList<ComponentScore> Scores(int score) =>
        Enum.GetValues<MaturityComponent>().Select(c => new ComponentScore(c, score, $"Scored {score} after a workshop")).ToList();

    public static DatasetDetails AssessedDataset(string name = "Early help assessments") =>
        new(name, "Head of early help", "Case management system", 12_000, 4.5m, null, true, false, "Age, sex, ethnicity", DataQuality.Good, null);

    public static readonly Lifecycle.Domain.Triage.TriageAnswers LowRiskTriage = new(
        Lifecycle.Domain.Triage.PriorUse.YesWithEvidenceOfEffect, Lifecycle.Domain.Triage.PriorUse.YesWithEvidenceOfEffect,
        Lifecycle.Domain.Triage.Controversy.No, Lifecycle.Domain.Triage.UserExperience.Experienced,
        Lifecycle.Domain.Triage.DataQualityUnderstanding.UnderstoodAndSufficient, Lifecycle.Domain.Triage.PersonalDataScale.None,
        Lifecycle.Domain.Triage.BiasAssessment.AssessedNoAdverseImpact, Lifecycle.Domain.Triage.AffectedGroups.AuthorityStaff,
        LittleRoomForProfessionalJudgement: false, PredictsAboutIndividuals: false, ActsWithoutProfessional: false);

    /// <summary>Satisfies the current stage's assessment rules through domain methods, as the team would.</summary>
    public static Project SatisfyAssessments(this Project project)
    {
        switch (project.CurrentStage.Number)
        {
            case 2:
                project.RecordMaturityAssessment(Scores(4), Manager, Start);
                break;
            case 3:
                project.ChooseSolution(project.IsPredictive ? AnalyticsType.Predictive : AnalyticsType.Descriptive, project.InvolvesThirdParty, Manager, Start);
                project.AddDataset(AssessedDataset(), Manager, Start);
                break;
            case 4 when project.LatestTriage is null:
                project.CompleteTriage(project.IsHighRisk ? LowRiskTriage with { PredictsAboutIndividuals = true } : LowRiskTriage, Manager, Start);
                for (var question = 1; question <= 5; question++)
                {
                    project.AnswerWorkbookQuestion(question, $"Answer to question {question}", Manager, Start);
                }

                project.SaveImpactAssessment(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection,
                    new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.InProgress, null, "DPO", null, null, null), Manager, Start);
                if (project.IsHighRisk)
                {
                    StartHighRiskAssessments(project);
                }

                project.AddOversightMember("Olu Oversight", "University", "Ethics", Lifecycle.Domain.Oversight.Independence.Independent, Manager, Start);
                project.SaveBusinessCase(Case, Manager, Start);
                project.SubmitForSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, Manager, Start);
                project.DecideSignOff(Lifecycle.Domain.SignOffs.SignOffKind.BusinessCase, Lifecycle.Domain.SignOffs.Decision.Approved, null, Leader, Start);
                break;
            case 5:
                project.RecordSuccessCriteria(new("Fewer repeat referrals", "Repeat referral rate each quarter", "22% in 2025"), Manager, Start);
                if (project.IsPredictive)
                {
                    project.SetAccuracyThresholds(new(0.7, 0.7, 0.8, 0.1, 10), null, Manager, Start);
                }

                break;
            case 6:
                project.RecordDevelopmentSafeguards(Safeguards, Manager, Start);
                break;
            case 7:
                Lifecycle.Domain.Testing.GroupCounts[] results = project.IsPredictive ? [new("Boys", 20, 5, 23, 2), new("Girls", 20, 5, 22, 3)] : [];
                project.AddTestRun(Lifecycle.Domain.Testing.TestRunKind.Alpha, new DateOnly(2025, 4, 1), null, results, Manager, Start);
                project.AddTestRun(Lifecycle.Domain.Testing.TestRunKind.Beta, new DateOnly(2025, 5, 1), null, results, Manager, Start);
                project.RecordExternalValidation(new("Dr Lee", "University of the North", new DateOnly(2025, 5, 10), Lifecycle.Domain.Testing.ValidationVerdict.SupportsGoingLive, "Sound.", []), Manager, Start);
                break;
            case 8:
                for (var question = 6; question <= LifecycleFramework.WorkbookQuestions.Count; question++)
                {
                    project.AnswerWorkbookQuestion(question, $"Answer to question {question}", Manager, Start);
                }

                project.RecordDeploymentPlan(Plan, Manager, Start);
                CompleteDpia(project);
                project.ConfirmCompleteTransparencyRecord(Start);
                project.SubmitForSignOff(Lifecycle.Domain.SignOffs.SignOffKind.GoLive, Manager, Start);
                project.DecideSignOff(Lifecycle.Domain.SignOffs.SignOffKind.GoLive, Lifecycle.Domain.SignOffs.Decision.Approved, null, Leader, Start);
                break;
            case 9 when project.RetirementReasons is null:
                project.ProposeRetirement("Replaced by a regional service.", Manager, Start);
                project.DecideSignOff(Lifecycle.Domain.SignOffs.SignOffKind.Retirement, Lifecycle.Domain.SignOffs.Decision.Approved, null, Leader, Start);
                break;
            case 10:
                project.ArchiveTransparencyRecord(DateOnly.FromDateTime(Start), Manager, Start);
                foreach (var question in LifecycleFramework.WorkbookQuestionsOf(Phase.Implement))
                {
                    project.ConfirmWorkbookAnswer(question.Number, Manager, Start);
                }

                break;
        }

        return project;
    }

    public static void StartHighRiskAssessments(Project project)
    {
        foreach (var kind in new[] { Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.Equality, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.ChildrensRights })
        {
            project.SaveImpactAssessment(null, kind, new(null, Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.InProgress, null, "Equalities lead", null, null, null), Manager, Start);
        }
    }

    public static void CompleteDpia(Project project)
    {
        var dpia = project.StandardAssessment(Lifecycle.Domain.ImpactAssessments.ImpactAssessmentKind.DataProtection)!;
        project.SaveImpactAssessment(dpia.Id, dpia.Kind,
            dpia.Details with { Status = Lifecycle.Domain.ImpactAssessments.ImpactAssessmentStatus.Complete, CompletedOn = DateOnly.FromDateTime(Start) }, Manager, Start);
    }

    /// <summary>Marks every applicable mandatory item of the current stage done and satisfies its other gate rules.</summary>
    public const string OrganisationName = "Test Borough Council";

    /// <summary>Writes the team's text into every field of the transparency record the records leave empty, then confirms it.</summary>
    public static void ConfirmCompleteTransparencyRecord(this Project project, DateTime at)
    {
        var gaps = Lifecycle.Domain.Transparency.TransparencyFields.For(project, OrganisationName, at).Missing;
        if (gaps.Count > 0)
        {
            project.SaveTransparencyEntries(gaps.ToDictionary(f => f.Key, f => (string?)TeamTextFor(f)), Manager, at);
        }

        project.ConfirmTransparencyRecord(OrganisationName, Manager, at);
    }

    private static string TeamTextFor(Lifecycle.Domain.Transparency.AtrsField field) => field.Key switch
    {
        _ when Lifecycle.Domain.Transparency.TeamTextMustBePlainRule.AddressFields.Contains(field.Key) => "https://www.council.example/tool",
        "contact_email" => "data.team@council.example",
        _ => $"The team's text for {field.Label}",
    };

    public static Project CompleteCurrentStage(this Project project)
    {
        project.SatisfyAssessments();
        foreach (var item in project.CurrentStage.ItemsApplyingTo(project.Facts).Where(i => i.Mandatory))
        {
            project.MarkItemDone(item.Code, null, null, Manager, Start);
        }

        return project;
    }

    public static Project AdvancedTo(int stage, ApplicabilityFacts? facts = null)
    {
        var project = New(facts);
        while (project.CurrentStage.Number < stage)
        {
            project.CompleteCurrentStage().AdvanceStage(Manager, Start);
        }

        return project;
    }
}
