using Lifecycle.Domain.Organisations;
using static Lifecycle.Domain.Tests.Support.TestProjects;

namespace Lifecycle.Domain.Tests.Common;

/// <summary>Issue 26, point 1: hidden characters are refused wherever text is saved, whatever door it came through.</summary>
public sealed class HiddenCharactersTests
{
    [Theory]
    [InlineData("plain text", null)]
    [InlineData("tab\tand\r\nlines\nare fine", null)]
    [InlineData("line one\nline \u0001two", 2)]
    [InlineData("\u0085 next line (C1)", 1)]
    [InlineData("a\nb\nc \u202e reversed", 3)]
    [InlineData("a whole \ud83d\ude00 character", null)]
    public void FirstLineWith_NamesTheLineOfTheFirstHiddenCharacter(string text, int? line)
    {
        Assert.Equal(line, HiddenCharacters.FirstLineWith(text));
    }

    [Fact]
    public void FirstLineWith_HalfACharacter_IsHidden()
    {
        Assert.Equal(1, HiddenCharacters.FirstLineWith("half a " + '\ud83d' + " character"));
    }

    [Fact]
    public void FirstLineWith_ALineBreakInOneLineText_IsHidden()
    {
        Assert.Equal(1, HiddenCharacters.FirstLineWith("Demo\nCouncil", allowLineBreaks: false));
    }

    [Fact]
    public void Strip_LeavesTextXmlCanHold()
    {
        Assert.Equal("Boys", HiddenCharacters.Strip("Bo\u0000ys\u0001"));
        Assert.Equal("line\nnext", HiddenCharacters.Strip("line\nnext"));
    }

    [Fact]
    public void TextMustHaveNoHiddenCharactersRule_ARiskDescriptionWithAControlCharacter_IsRefusedNamingTheLine()
    {
        var project = AdvancedTo(4);

        var refusal = Assert.Throws<BusinessRuleViolationException>(() => project.AddRisk(
            new("Data feed stops", "The feed fails.\nScores go \u0007 stale.", null, 2, 3, "Priya", null, Lifecycle.Domain.Risks.RiskStatus.Open, null), Manager, Start));

        Assert.Contains("on line 2", Assert.IsType<TextMustHaveNoHiddenCharactersRule>(Assert.Single(refusal.BrokenRules)).Refusal, StringComparison.Ordinal);
        Assert.Empty(project.Risks);
    }

    [Fact]
    public void TextMustHaveNoHiddenCharactersRule_AnOrganisationNameWithALineBreak_IsRefused()
    {
        var refusal = Assert.Throws<BusinessRuleViolationException>(() => Organisation.Create(Guid.NewGuid(), "Demo\nBorough Council", null, Start, []));

        Assert.IsType<TextMustHaveNoHiddenCharactersRule>(Assert.Single(refusal.BrokenRules));
    }
}
