
namespace Lifecycle.Domain.Projects;

public sealed partial class Project
{
    /// <summary>Open risks rated high or very high, by number: what go-live rests on and what an oversight group looks at first.</summary>
    public IReadOnlyList<Risk> SeriousOpenRisks => _risks.Where(r => r.Status == RiskStatus.Open && r.Details.Rating >= RiskRating.High).OrderBy(r => r.Number).ToList();

    private readonly List<Risk> _risks = [];

    public IReadOnlyList<Risk> Risks => _risks;

    public Guid AddRisk(RiskDetails details, Actor actor, DateTime at)
    {
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new RiskScoresMustBeOnScaleRule(details)]);

        var risk = new Risk(Id, _risks.Count == 0 ? 1 : _risks.Max(r => r.Number) + 1, details, at);
        _risks.Add(risk);
        Record("RiskAdded", $"R{risk.Number} {risk.Title}", null, Snapshot.Of(risk.Details), actor, at);
        return risk.Id;
    }

    public void UpdateRisk(Guid riskId, RiskDetails details, Actor actor, DateTime at)
    {
        var risk = _risks.SingleOrDefault(r => r.Id == riskId) ?? throw new ArgumentException("The project has no such risk.", nameof(riskId));
        Rules.CheckAll([new ProjectMustNotBeStoppedRule(this), new RiskScoresMustBeOnScaleRule(details), new BreachRiskMustStayOpenRule(this, risk, details.Status, actor.PersonId)]);

        var before = Snapshot.Of(risk.Details);
        risk.Apply(details, at);
        Record("RiskUpdated", $"R{risk.Number} {risk.Title}", before, Snapshot.Of(risk.Details), actor, at);
    }
}
