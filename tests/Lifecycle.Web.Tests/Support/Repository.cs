namespace Lifecycle.Web.Tests.Support;

/// <summary>The checkout the tests run from, for tests about its files (the README's commands, the compose file).</summary>
public static class Repository
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lifecycle.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests are not inside the repository.");
    }
}
