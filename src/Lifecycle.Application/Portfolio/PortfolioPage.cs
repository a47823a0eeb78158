using Lifecycle.Domain.Framework;

namespace Lifecycle.Application.Portfolio;

/// <summary>One page of the portfolio: its rows, how many match in all, and how many of those are in each phase.</summary>
public sealed record PortfolioPage(IReadOnlyList<PortfolioRow> Rows, int Matching, int PageNumber, int PageSize, IReadOnlyDictionary<Phase, int> MatchingByPhase)
{
    public int PageCount => Paging.PageCount(Matching, PageSize);
}
