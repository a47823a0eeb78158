namespace Lifecycle.Application;

/// <summary>Page arithmetic shared by every paged list: pages count from 1, and past the last page means the last page.</summary>
public static class Paging
{
    public static int PageCount(int matching, int pageSize) => Math.Max(1, (matching + pageSize - 1) / pageSize);

    public static int Clamp(int requested, int matching, int pageSize) => Math.Clamp(requested, 1, PageCount(matching, pageSize));
}
