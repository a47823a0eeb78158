using System.Globalization;
using System.Text;
using Lifecycle.Application.Testing;
using Lifecycle.Domain.Testing;

namespace Lifecycle.Web.Tests.Testing;

public sealed class PredictionsCsvTests
{
    [Fact]
    public void WellFormedFile_IsCountedPerGroup()
    {
        var result = Read("\uFEFFGroup,Predicted,Actual\r\nboys,1,1\r\nboys,1,0\r\ngirls,false,false\r\n\r\ngirls,0,TRUE\r\n\"girls\",1,1\n");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(new ConfusionCounts(1, 1, 0, 0), result.CountsByGroup!["boys"]);
        Assert.Equal(new ConfusionCounts(1, 0, 1, 1), result.CountsByGroup["girls"]);
    }

    [Theory]
    [InlineData("Boys\u0001")]
    [InlineData("Boys\u202e")]
    [InlineData("Bo\u0000ys")]
    public void AGroupWithAHiddenCharacter_IsRefusedNamingItsLine(string group)
    {
        var result = Read($"group,predicted,actual\ngirls,1,1\n\"{group}\",1,0\n");

        Assert.False(result.IsValid);
        Assert.Equal(["Line 3: the group has a hidden control character or a line break. Group names must be plain text on one line."], result.Errors);
    }

    [Fact]
    public void QuotedGroupsWithCommasAndQuotes_AreRead()
    {
        var result = Read("group,predicted,actual\n\"Asian, Asian British or Asian Welsh\",1,1\n\"Asian, Asian British or Asian Welsh\",0,0\n\"The \"\"other\"\" group\",1,0\n");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(new ConfusionCounts(1, 0, 1, 0), result.CountsByGroup!["Asian, Asian British or Asian Welsh"]);
        Assert.Equal(new ConfusionCounts(0, 1, 0, 0), result.CountsByGroup["The \"other\" group"]);
    }

    [Fact]
    public void ColumnsInAnotherOrder_AreRead() =>
        Assert.Equal(new ConfusionCounts(0, 0, 0, 1), Read("actual,group,predicted\n1,all,0\n").CountsByGroup!["all"]);

    [Fact]
    public void AFileWithMoreThan30Groups_IsRefusedAtTheLineOfThe31st_EvenWithinTheSizeAndRowLimits()
    {
        var csv = new StringBuilder("group,predicted,actual\n");
        for (var i = 1; i <= 100_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"group {i},1,0\n");
        }

        var result = Read(csv.ToString());

        Assert.False(result.IsValid);
        Assert.Equal(["Line 32: the group \"group 31\" would be group 31. A result can have at most 30 groups: combine small groups, or upload them as separate runs."], result.Errors);
        Assert.True(Read(string.Concat(Enumerable.Range(1, 30).Select(i => $"g{i},1,1\n")).Insert(0, "group,predicted,actual\n")).IsValid);
    }

    [Fact]
    public void AHugeHeader_IsQuotedOnlyInPart()
    {
        var header = "group,predicted," + new string('x', 4 * 1024 * 1024);

        var error = Assert.Single(Read(header + "\nall,1,1\n").Errors);

        Assert.True(error.Length < 300, $"The message is {error.Length:N0} characters long.");
        Assert.Contains("not \"group,predicted,xxxx…\"", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("   \n", "The file is empty")]
    [InlineData("group,predicted,actual\n", "The file has a header but no cases.")]
    [InlineData("group,prediction,actual\nall,1,1\n", "Line 1: the header must be exactly group,predicted,actual")]
    [InlineData("name,group,predicted,actual\nJo Bloggs,all,1,1\n", "Other columns are not allowed")]
    [InlineData("group,predicted,actual\nall,1\n", "Line 2: expected 3 values (group, predicted, actual) but found 2.")]
    [InlineData("group,predicted,actual\nall,1,1\nall,yes,1\n", "Line 3: predicted must be 0, 1, true or false, not \"yes\".")]
    [InlineData("group,predicted,actual\nall,1,2\n", "Line 2: actual must be 0, 1, true or false, not \"2\".")]
    [InlineData("group,predicted,actual\n,1,1\n", "Line 2: the group must be between 1 and 100 characters.")]
    [InlineData("group,predicted,actual\nall,1,1\nbo\"ys,1,1\n", "Line 3: a value has a quote (\") in the wrong place.")]
    [InlineData("group,predicted,actual\nall,1,1\n\nAsian, Asian British,1,1\n", "Line 4: expected 3 values (group, predicted, actual) but found 4.")]
    public void MalformedFile_IsRefusedWithTheLine(string csv, string expected)
    {
        var result = Read(csv);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ManyBadLines_ShowTheFirstTwentyAndACount()
    {
        var csv = "group,predicted,actual\n" + string.Concat(Enumerable.Repeat("all,x,1\n", 25));

        var result = Read(csv);

        Assert.Equal(21, result.Errors.Count);
        Assert.Equal("… and 5 more problems.", result.Errors[^1]);
    }

    [Fact]
    public void TooManyRows_IsRefused()
    {
        var csv = new StringBuilder("group,predicted,actual\n");
        for (var i = 0; i <= PredictionsCsv.MaximumRows; i++)
        {
            csv.Append("g,1,0\n");
        }

        Assert.Contains("more than 100,000 rows", Read(csv.ToString()).Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void TooLargeFile_IsRefusedWithoutReadingItAll()
    {
        using var huge = new MemoryStream(new byte[PredictionsCsv.MaximumBytes + 1]);

        Assert.Contains("larger than 5 MB", PredictionsCsv.Read(huge).Errors.Single(), StringComparison.Ordinal);
    }

    private static PredictionsCsvResult Read(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return PredictionsCsv.Read(stream);
    }
}
