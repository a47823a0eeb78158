using System.Reflection;
using Lifecycle.Web.Links;

namespace Lifecycle.Web.Tests.Architecture;

/// <summary>Issue 28, point 3: every typed link resolves to a page that answers, so renaming a page breaks a test, not a redirect.</summary>
public sealed class SiteLinksTests(LifecycleFactory factory) : IClassFixture<LifecycleFactory>
{
    [Fact]
    public async Task EveryLink_ResolvesToAPathThatIsServed()
    {
        var links = factory.Services.GetRequiredService<SiteLinks>();
        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var methods = typeof(SiteLinks).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters().Length == 0).ToList();
        Assert.True(methods.Count >= 6);

        foreach (var method in methods)
        {
            var path = (string)method.Invoke(method.IsStatic ? null : links, null)!;
            Assert.StartsWith("/", path, StringComparison.Ordinal);
            var response = await anonymous.GetAsync(path);
            // Served: the page itself, or the sign-in it asks for; never "not found".
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Unauthorized,
                $"{method.Name}() gave {path}, which answers {(int)response.StatusCode}.");
        }
    }
}
