using Lifecycle.Infrastructure.Identity;

namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 11, item 3: a deny list of guessable passwords (NCSC), not composition rules.</summary>
public sealed class CommonPasswordTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcabcabcabc")]
    [InlineData("121212121212")]
    [InlineData("password1234")]
    [InlineData("P@ssw0rd2026!")]
    [InlineData("Summer2026!!!")]
    [InlineData("passpasspass")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop12")]
    [InlineData("abcdefghijkl")]
    [InlineData("0987654321!!")]
    [InlineData("lifecycle2026")]
    [InlineData("iloveyou1234")]
    public void GuessablePasswords_AreRefused(string password) =>
        Assert.True(CommonPasswordValidator.IsEasyToGuess(password), password);

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("alllowercaseletters")]
    [InlineData("demo-lifecycle-password")]
    [InlineData("tide kettle orchard 42")]
    [InlineData("my dog rolls in mud")]
    public void LongUnusualPasswords_AreAccepted(string password) =>
        Assert.False(CommonPasswordValidator.IsEasyToGuess(password), password);

    [Theory]
    [InlineData("nadia.new@council.test")]
    [InlineData("my nadia.new@council.test key")]
    [InlineData("ocean-nadia-lantern")]
    [InlineData("lantern ocean Newbury gate")]
    public void APasswordHoldingTheEmailOrAName_IsRefused(string password) =>
        Assert.True(CommonPasswordValidator.IsEasyToGuess(password, new Person { Email = "nadia.new@council.test", DisplayName = "Nadia Newbury" }), password);

    [Fact]
    public void APasswordWithoutTheirEmailOrName_IsAccepted() =>
        Assert.False(CommonPasswordValidator.IsEasyToGuess("tide kettle orchard 42", new Person { Email = "nadia.new@council.test", DisplayName = "Nadia Newbury" }));

    [Fact]
    public void APasswordMadeOfTheEmailName_IsRefused() =>
        Assert.True(CommonPasswordValidator.IsEasyToGuess("nadianew2026", new Person { Email = "nadia.new@council.test" }));
}
