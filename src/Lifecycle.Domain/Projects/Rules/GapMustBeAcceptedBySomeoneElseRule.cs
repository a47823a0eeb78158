using Lifecycle.Domain.Common;
using Lifecycle.Domain.Evaluation;

namespace Lifecycle.Domain.Projects;

/// <summary>Four eyes: whoever recorded a result does not accept a gap in it.</summary>
public sealed class GapMustBeAcceptedBySomeoneElseRule(IJudgedResult result, Guid personId) : IBusinessRule
{
    public bool IsBroken() => result.RecordedById == personId;

    public string Message => $"a gap in {result.Title} is accepted by someone other than the person who recorded it";
}
