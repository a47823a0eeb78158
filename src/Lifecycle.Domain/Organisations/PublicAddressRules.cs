namespace Lifecycle.Domain.Organisations;

/// <summary>Once a tool is published under it, the public address is in links, letters and search results: it stays.</summary>
public sealed class PublicAddressMustNotMoveOncePublishedRule(bool anyToolPublished, string current) : IBusinessRule
{
    public bool IsBroken() => anyToolPublished;

    public string Message => "The public address has not been used to publish a tool yet";

    public string Refusal => $"The public address cannot change: a tool has been published at /public/{current}, and links to it would break";
}

/// <summary>An address people can read out and type: lower-case letters, numbers and single hyphens.</summary>
public sealed class PublicAddressMustBeWellFormedRule(string address) : IBusinessRule
{
    public const int ShortestLength = 3;

    public const int LongestLength = 60;

    public bool IsBroken() =>
        address.Length is < ShortestLength or > LongestLength
        || !address.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        || address.StartsWith('-') || address.EndsWith('-') || address.Contains("--", StringComparison.Ordinal);

    public string Message => "The public address uses only lower-case letters, numbers and hyphens";

    public string Refusal =>
        $"Public address must be {ShortestLength} to {LongestLength} characters: lower-case letters, numbers and hyphens, like north-borough-council";
}

/// <summary>Two organisations never share an address, or one's tools would appear under the other's name.</summary>
public sealed class PublicAddressMustBeFreeRule(string address, IReadOnlyCollection<string> othersInUse) : IBusinessRule
{
    public bool IsBroken() => othersInUse.Contains(address);

    public string Message => "No other organisation uses the public address";

    public string Refusal => $"Another organisation already uses the public address {address}: choose a different one";
}
