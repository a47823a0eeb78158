namespace Lifecycle.Domain.Tests.Framework;

public sealed class FrameworkDocumentTests
{
    [Fact]
    public void LifecycleDocument_MatchesTheCatalogue()
    {
        var path = Path.Combine(Repository.Root(), "docs", "domain", "lifecycle.md");
        var expected = FrameworkDocument.Render();

        if (Environment.GetEnvironmentVariable("LIFECYCLE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with LIFECYCLE_UPDATE_DOCS=1.");
        Assert.True(expected == File.ReadAllText(path), "docs/domain/lifecycle.md is out of date with the catalogue: run the tests with LIFECYCLE_UPDATE_DOCS=1.");
    }
}
