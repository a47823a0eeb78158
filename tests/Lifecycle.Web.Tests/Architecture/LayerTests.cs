using System.Reflection;
using NetArchTest.Rules;

namespace Lifecycle.Web.Tests.Architecture;

/// <summary>
/// The layers depend inwards only (docs/architecture.md has the map): the domain on nothing, use cases not on how they
/// are stored or shown, pages not on the database context. Each rule is also run where it must fail,
/// so a rule that checks nothing is caught.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Lifecycle.Domain.Projects.Project).Assembly;
    private static readonly Assembly Application = typeof(Lifecycle.Application.Abstractions.ILifecycleDbContext).Assembly;
    private static readonly Assembly Infrastructure = typeof(Lifecycle.Infrastructure.Persistence.LifecycleDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    private static readonly string[] DomainMustNotUse =
        ["Lifecycle.Application", "Lifecycle.Infrastructure", "Lifecycle.Web", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "System.Net.Http"];

    private static readonly string[] ApplicationMustNotUse = ["Lifecycle.Infrastructure", "Lifecycle.Web", "Microsoft.AspNetCore"];

    private static readonly string[] WebMustNotUse = ["Lifecycle.Infrastructure.Persistence"];

    /// <summary>Pages, tag helpers and Web services reach the database only through Application's use cases.</summary>
    private static readonly string[] PagesMustNotUse = ["Lifecycle.Application.Abstractions.ILifecycleDbContext"];

    [Fact]
    public void TheDomain_DependsOnNothingElse() => Assert.Empty(Violations(Domain, DomainMustNotUse));

    [Fact]
    public void UseCases_DoNotDependOnInfrastructureOrPages() => Assert.Empty(Violations(Application, ApplicationMustNotUse));

    [Fact]
    public void Pages_DoNotUseTheDatabaseContext() => Assert.Empty(Violations(Web, WebMustNotUse));

    [Fact]
    public void Pages_ReachTheDatabaseOnlyThroughUseCases()
    {
        Assert.Empty(Violations(Web, PagesMustNotUse));
    }

    [Fact]
    public void EachRule_FailsWhereItShould()
    {
        Assert.NotEmpty(Violations(Application, PagesMustNotUse));
        Assert.Contains(typeof(LayerTests).FullName, Violations(typeof(LayerTests).Assembly, PagesMustNotUse)); // this class names the type below
        Assert.NotEmpty(Violations(Application, DomainMustNotUse));
        Assert.NotEmpty(Violations(Infrastructure, ApplicationMustNotUse));
        Assert.NotEmpty(Violations(Infrastructure, WebMustNotUse));
    }

    private static List<string> Violations(Assembly assembly, string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.ToList();
    }

    /// <summary>The counter-example the rule must catch: a type that names the context.</summary>
    private static readonly Type CounterExample = typeof(Lifecycle.Application.Abstractions.ILifecycleDbContext);
}
