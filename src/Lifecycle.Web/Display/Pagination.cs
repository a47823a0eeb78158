namespace Lifecycle.Web.Display;

/// <summary>The GOV.UK pagination component's model: which page numbers to show, with gaps, and the address of each page.</summary>
public sealed record Pagination(int Current, int Count, Func<int, string> LinkTo)
{
    /// <summary>The first and last pages and those either side of the current one; null where pages are left out.</summary>
    public IReadOnlyList<int?> Items()
    {
        var shown = Enumerable.Range(1, Count).Where(n => n == 1 || n == Count || Math.Abs(n - Current) <= 1).ToList();
        var items = new List<int?>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                items.Add(null);
            }

            items.Add(shown[i]);
        }

        return items;
    }
}
