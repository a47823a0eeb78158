using System.Globalization;
using static Lifecycle.Domain.Transparency.AtrsV4Sections;

namespace Lifecycle.Domain.Transparency;

/// <summary>
/// Fills the ATRS v3.0 fields from what the project already holds (stage 8). A field the project has no
/// record for stays empty and is listed as missing: the record is a starting point for the team, never
/// a guess. The domain owns this table, so the rule that the record is complete before it is confirmed
/// decides from it, not from a list a page hands in.
/// </summary>
public static class TransparencyFields
{
    private static readonly AtrsGroup Metadata = new("metadata", "Metadata and title");
    private static readonly AtrsGroup Tier1 = new("tier_1", "Tier 1");
    private static readonly AtrsGroup Owner = new("owner_and_responsibility", "2.1 Owner and responsibility");
    private static readonly AtrsGroup Rationale = new("description_and_rationale", "2.2 Description and rationale");
    private static readonly AtrsGroup Process = new("decision_making_process", "2.3 Decision-making process");
    private static readonly AtrsGroup ToolSpec = new("tool_specification", "2.4.1 Tool specification");
    private static readonly AtrsGroup RiskGroup = new("risks_mitigations_and_impact_assessments", "2.5 Risks, mitigations and impact assessments");

    public static TransparencyRecord For(Project project, string organisationName, DateTime now)
    {
        var phase = Phase(project);
        var businessCase = project.BusinessCase?.Details;
        var thirdParty = project.InvolvesThirdParty;
        List<AtrsField> fields =
        [
            // GOV.UK's transparency team gives the record its number when it publishes it: nothing the team can fill in before.
            new("0.1", "id", "Record identifier", Metadata, Summary, null) { IsNotDueYet = true, IsRecordedFact = true },
            new("0.2", "standard_version", "Standard version", Metadata, Summary, "3.0") { IsRecordedFact = true },
            new("0.3", "organisation_type", "Organisation type", Metadata, Summary, AtrsVocabulary.LocalAuthority) { IsRecordedFact = true },
            new("0.4", "function", "Function", Metadata, Summary, AtrsVocabulary.SocialProtection) { IsRecordedFact = true },
            new("0.5", "capability", "Capability", Metadata, Summary, AtrsVocabulary.CapabilityOf(project.AnalyticsType)) { IsRecordedFact = true },
            new("0.6", "task", "Task", Metadata, Summary, null),
            new("0.7", "tags", "Tags", Metadata, Summary, "children's services, data analytics"),
            new("0.8", "date_of_completion", "Date of completion", Metadata, Summary, IsoDate(project.TransparencyConfirmedAt))
            {
                IsNotDueYet = project.TransparencyConfirmedAt is null,
                IsRecordedFact = true,
            },
            new("0.9", "date_updated", "Date updated", Metadata, Summary, now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) { IsRecordedFact = true },
            new("0.10", "date_archived", "Date archived", Metadata, Summary, project.TransparencyArchivedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                IsNotDueYet = project.CurrentStage.Number < Project.RetirementStage,
                IsRecordedFact = true,
            },
            new("0.11", "title", "Title", Metadata, Summary, project.Name),
            new("0.12", "organisation_name", "Organisation name", Metadata, Summary, organisationName),
            new("0.13", "phase", "Phase", Metadata, Summary, phase) { IsRecordedFact = true },
            new("0.14", "region", "Region", Metadata, Summary, AtrsVocabulary.England) { IsRecordedFact = true },
            new("0.15", "one_sentence_description", "One-sentence description", Metadata, Summary, FirstSentence(project.Description)),
            new("1.1", "name", "Name", Tier1, Summary, project.Name),
            new("1.2", "description", "Description", Tier1, Summary, project.Description),
            new("1.3", "website_url", "Website", Tier1, Summary, null),
            new("1.4", "contact_email", "Contact email", Tier1, Summary, null),
            new("2.1.1", "organisation_or_department", "Organisation or department", Owner, AtrsV4Sections.Owner, organisationName),
            new("2.1.2", "team", "Team", Owner, AtrsV4Sections.Owner, null),
            new("2.1.3", "senior_responsible_owner", "Senior responsible owner (a role)", Owner, AtrsV4Sections.Owner,
                project.ApprovalStateOf(SignOffKind.BusinessCase) == ApprovalState.Approved
                    ? $"Senior leader who approved the business case ({project.LatestDecision(SignOffKind.BusinessCase)!.DecidedInRole})"
                    : null),
            new("2.1.4", "external_supplier_involvement", "Third-party involvement", Owner, AtrsV4Sections.Owner, thirdParty ? "Yes" : "No"),
            new("2.1.4.1", "external_supplier", "Third party", Owner, AtrsV4Sections.Owner, thirdParty ? null : "Not applicable"),
            new("2.1.4.2", "companies_house_number", "Companies House number", Owner, AtrsV4Sections.Owner, thirdParty ? null : "Not applicable"),
            new("2.1.4.3", "external_supplier_role", "Third party's role", Owner, AtrsV4Sections.Owner, thirdParty ? null : "Not applicable"),
            new("2.1.4.4", "procurement_procedure_type", "Procurement procedure", Owner, AtrsV4Sections.Owner, thirdParty ? null : "Not applicable"),
            new("2.1.4.5", "data_access_terms", "Third party's data access terms", Owner, AtrsV4Sections.Owner, thirdParty ? null : "Not applicable"),
            new("2.2.1", "detailed_description", "Detailed description", Rationale, Description, project.Description),
            new("2.2.2", "scope", "Scope (merged into the detailed description in v4.0)", Rationale, Description,
                Join(Labelled("Outcomes wanted", businessCase?.DesirableOutcomes), Labelled("Red lines", businessCase?.RedLines))),
            new("2.2.3", "benefit", "Benefit", Rationale, Description,
                Join(businessCase?.DesirableOutcomes, businessCase?.DecisionMakingImprovement)),
            new("2.2.4", "previous_process", "Previous process", Rationale, Description, businessCase?.ProblemAndRationale),
            new("2.2.5", "alternatives_considered", "Alternatives considered", Rationale, Description, null),
            new("2.3.1", "process_integration", "Process integration", Process, Deployment, null),
            new("2.3.2", "provided_information", "Information provided to decision makers", Process, Deployment, project.DevelopmentSafeguards?.Explainability),
            new("2.3.3", "frequency_and_scale_of_usage", "Frequency and scale of use", Process, Deployment, null),
            new("2.3.4", "human_decisions_and_review", "Human decisions and review", Process, Deployment, HumanReview(project)),
            new("2.3.5", "required_training", "Required training", Process, Deployment, Training(project)),
            new("2.3.6", "appeals_and_review", "Appeals and review", Process, Deployment, project.DevelopmentSafeguards?.Challenge),
            new("2.4.1.1", "system_architecture", "System architecture", ToolSpec, Tool, null),
            new("2.4.1.2", "phase", "Phase", ToolSpec, Tool, phase),
            new("2.4.1.3", "maintenance", "Maintenance", ToolSpec, Tool, Maintenance(project)),
            new("2.4.1.4", "models", "Models", ToolSpec, Tool, project.AnalyticsType is { } models ? $"One {models.ToString().ToLowerInvariant()} model" : null),
            .. ModelFields(project),
            .. (project.Datasets.Count == 0
                ? DataFields(null, 1)
                : project.Datasets.OrderBy(d => d.CreatedAt).SelectMany((d, i) => DataFields(d, i + 1))),
            new("2.5.1", "impact_assessment", "Impact assessments", RiskGroup, AtrsV4Sections.Risks, ImpactAssessments(project)),
            new("2.5.2", "risks_and_mitigations", "Risks and mitigations", RiskGroup, AtrsV4Sections.Risks, RisksAndMitigations(project)),
        ];
        return new TransparencyRecord(project.Name, fields.Select(f => WithTeamText(project, f)).ToList());
    }

    /// <summary>
    /// The team's own text stands in for what the records give, for any field the team writes: the
    /// derived text is offered on the edit page, not imposed. Without the team's text, a field follows the records.
    /// </summary>
    private static AtrsField WithTeamText(Project project, AtrsField field) =>
        field.IsEditable && project.TransparencyText(field.Key) is { } text
            ? field with { Value = text, IsTeamText = true, DerivedValue = field.Value }
            : field with { DerivedValue = field.Value };

    /// <summary>GOV.UK's publication phases; the lifecycle's stages 1–8 all come before deployment.</summary>
    /// <summary>A tool stopped after going live is no longer in use: the record says so the moment it is stopped.</summary>
    private static string Phase(Project project) => project.CurrentStage.Number switch
    {
        _ when project.Status == ProjectStatus.Stopped && project.HasGoneLive => "retired",
        <= 8 => "pre-deployment",
        9 => "production",
        _ => "retired",
    };

    private static string? IsoDate(DateTime? at) => at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Training(Project project) => project.Training.Count == 0
        ? null
        : string.Join("\n", project.Training.OrderBy(t => t.DeliveredOn).Select(t => $"{t.DeliveredOn:yyyy-MM-dd}: {t.Audience} ({t.PeopleTrained} people) – {t.Content}"));

    private static string? Maintenance(Project project) => project.DeploymentPlan is not { ReviewIntervalMonths: { } months } plan
        ? null
        : string.Join(" ", new[]
        {
            $"Reviewed {IntervalText.Every(months).ToLowerInvariant()}{(plan.MonitoringOwner is { } owner ? $", owned by the {owner}" : string.Empty)}: accuracy by group against the thresholds, security, input data quality, retraining and user feedback.",
            project.LatestReview is { } review ? $"Latest review {review.ReviewedOn:yyyy-MM-dd}." : null,
            project.NextReviewDue is { } due ? $"Next review due {due:yyyy-MM-dd}." : null,
        }.Where(part => part is not null));

    private static IEnumerable<AtrsField> ModelFields(Project project)
    {
        var model = new AtrsGroup("model_specification", "2.4.2 Model specification", 1);
        var datasets = project.Datasets.Count == 0 ? null : string.Join("; ", project.Datasets.Select(d => d.Name));
        return
        [
            new("2.4.2.1", "model_name", "Model name", model, Model, project.Name),
            new("2.4.2.2", "model_version", "Model version", model, Model, null),
            new("2.4.2.3", "model_task", "Model task", model, Model, project.AnalyticsType?.Describe()),
            new("2.4.2.4", "model_input", "Model input", model, Model, datasets),
            new("2.4.2.5", "model_output", "Model output", model, Model, null),
            new("2.4.2.6", "model_architecture", "Model architecture", model, Model, null),
            new("2.4.2.7", "model_performance", "Model performance (including by group)", model, Model, Performance(project)),
            new("2.4.2.8", "datasets", "Datasets", model, Model, datasets),
            new("2.4.2.9", "dataset_purposes", "Dataset purposes", model, Model, null),
        ];
    }

    /// <summary>One set of data fields per dataset; with no datasets recorded, one empty set so the gaps show.</summary>
    private static IEnumerable<AtrsField> DataFields(Dataset? dataset, int instance)
    {
        var data = new AtrsGroup("data_specification", $"2.4.3 Data specification: {dataset?.Name ?? "no datasets recorded"}", instance);
        var sensitive = dataset is null ? null : Join(
            dataset.ContainsPersonalData ? "Personal data" : null,
            dataset.ContainsSpecialCategoryData ? "Special category data" : null,
            Labelled("Demographic fields", dataset.DemographicFields));
        return
        [
            new("2.4.3.1", "source_data_name", "Source data name", data, DevelopmentData, dataset?.Name),
            new("2.4.3.2", "data_modality", "Data modality", data, DevelopmentData, null),
            new("2.4.3.3", "data_description", "Data description", data, DevelopmentData, Join(dataset?.Source, dataset?.QualityNotes)),
            new("2.4.3.4", "data_quantities", "Data quantities", data, DevelopmentData,
                dataset?.RowCount is { } rows ? $"{rows.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} rows" : null),
            new("2.4.3.5", "sensitive_attributes", "Sensitive attributes", data, DevelopmentData, sensitive),
            new("2.4.3.6", "data_completeness_and_representativeness", "Completeness and representativeness", data, DevelopmentData,
                dataset is null ? null : Join(dataset.MissingPercent is { } missing ? $"{missing:0.##}% of values missing" : null,
                    $"Quality: {dataset.Quality.DisplayName()}", dataset.ConsistencyNotes)),
            new("2.4.3.7", "source_data_url", "Source data URL", data, DevelopmentData, null),
            new("2.4.3.8", "data_collection", "Data collection", data, DevelopmentData, dataset?.Source),
            new("2.4.3.9", "data_cleaning", "Data cleaning", data, DevelopmentData, null),
            new("2.4.3.10", "data_sharing_agreements", "Data sharing agreements", data, DevelopmentData, null),
            new("2.4.3.11", "data_access_and_storage", "Data access and storage", data, DevelopmentData, Labelled("Owner", dataset?.Owner)),
        ];
    }

    /// <summary>The latest monitoring review's (or, before go-live, test run's) figures overall and by group, with the groups withheld for size left out.</summary>
    private static string? Performance(Project project)
    {
        var (source, result) = project.LatestReview is { } review && project.ResultOf(review) is { } reviewed
            ? ($"Monitoring review {review.Number}, {review.ReviewedOn:yyyy-MM-dd}", reviewed)
            : project.LatestTestRun is { } run && project.ResultOf(run) is { } tested
                ? ($"{run.Kind} test run {run.Number}, {run.RanOn:yyyy-MM-dd}", tested)
                : (null, null);
        if (result is null)
        {
            return null;
        }

        string Figures(ConfusionCounts c) =>
            $"precision {ProportionText.WithInterval(c.Precision)}, recall {ProportionText.WithInterval(c.Recall)}, accuracy {ProportionText.WithInterval(c.Accuracy)}";
        return string.Join("\n", result.Groups.Where(g => !g.IsTooFewToJudge).Select(g => $"{g.Group} ({g.Size} cases): {Figures(g.Counts)}")
            .Prepend($"{source}, {result.Overall.Total} cases. Overall: {Figures(result.Overall)} (95% confidence intervals)")
            .Append(result.MeetsEveryThreshold ? "Every accuracy threshold was met." : "Not every accuracy threshold was met."));
    }

    private static string? HumanReview(Project project) => project.LatestTriage?.Answers is not { } answers
        ? null
        : answers.CrossesRedLine
            ? "The triage found the tool could act, or leave a professional little room to decide, before a professional has weighed the evidence; this must change before the project continues."
            : "A professional considers the evidence before anything happens to a child or family; the tool informs their judgement and does not replace it.";

    private static string? ImpactAssessments(Project project) => project.ImpactAssessments.Count == 0
        ? null
        : string.Join("\n", project.ImpactAssessments.OrderBy(a => a.Kind).Select(a =>
            $"{a.Title}: {a.Status.DisplayName()}" + (a.Reference is { } reference ? $" ({reference})" : string.Empty)
            + (a.CompletedOn is { } on ? $", completed {on:yyyy-MM-dd}" : string.Empty)));

    private static string? RisksAndMitigations(Project project) => project.Risks.All(r => r.Status != RiskStatus.Open)
        ? null
        : string.Join("\n", project.Risks.Where(r => r.Status == RiskStatus.Open).OrderByDescending(r => r.Details.Score)
            .Select(r => $"{r.Title}: {r.Mitigation ?? "mitigation not yet recorded"}"));

    private static string? FirstSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var end = text.IndexOfAny(['.', '\n']);
        return end < 0 ? text.Trim() : text[..(end + 1)].Trim().TrimEnd('\n');
    }

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}";

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join("\n", present);
    }
}
