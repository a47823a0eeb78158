
namespace Lifecycle.Domain.Projects;

/// <summary>Four eyes: whoever recorded a result does not accept a gap in it.</summary>
public sealed class GapMustBeAcceptedBySomeoneElseRule(JudgedResult result, Guid personId) : IBusinessRule
{
    public bool IsBroken() => result.RecordedById == personId;

    public string Message => $"a gap in {result.Title} is accepted by someone other than the person who recorded it";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => $"You recorded {result.Title}, so another senior leader must accept a gap in it";
}
