using System.Text.RegularExpressions;

namespace Lifecycle.Domain.Delivery.Transparency;

/// <summary>
/// The team's transparency text is published as it is (the public page, the ATRS JSON another site may show): it is plain
/// text, not markup, and an address field holds a web address (http or https), never a script.
/// </summary>
public sealed partial class TeamTextMustBePlainRule(IReadOnlyDictionary<string, string?> teamText) : IBusinessRule
{
    /// <summary>The record's fields that must hold a web address.</summary>
    public static readonly IReadOnlySet<string> AddressFields = new HashSet<string>(["website_url"], StringComparer.Ordinal);

    /// <summary>A dataset's source address ("source_data_url-2"): a web address, or words such as "not published", never another kind of link.</summary>
    private const string SourceAddress = "source_data_url";

    private (string Field, bool IsAddress)? Problem =>
        teamText.Where(t => t.Value is not null)
            .Select(t => AddressFields.Contains(t.Key)
                ? (t.Key, IsAddress: true, Bad: !IsWebAddress(t.Value!))
                : t.Key.StartsWith(SourceAddress, StringComparison.Ordinal) && Scheme().IsMatch(t.Value!.Trim())
                    ? (t.Key, IsAddress: true, Bad: !IsWebAddress(t.Value!))
                    : (t.Key, IsAddress: false, Bad: Markup().IsMatch(t.Value!)))
            .Where(t => t.Bad)
            .Select(t => ((string, bool)?)(t.Key, t.IsAddress))
            .FirstOrDefault();

    public bool IsBroken() => Problem is not null;

    public string Message => "the team's transparency text is plain text, and each address is a web address starting https:// or http://";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Problem switch
    {
        { IsAddress: true } found => $"The text for \"{found.Field.Replace('_', ' ')}\" is not a web address: enter one starting https:// (or http://)",
        { } found => $"The text for \"{found.Field.Replace('_', ' ')}\" looks like web page code (a tag such as <b> or <script>): write it as plain text, which is how it is published",
        null => "The team's transparency text must be plain text, with web addresses starting https:// or http://",
    };

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    /// <summary>An opening or closing tag, a comment or a doctype: "&lt;b&gt;", "&lt;/p", "&lt;!--"; not "&lt; 5 years" or "&lt;5".</summary>
    [GeneratedRegex(@"<\s*[/!]?\s*[A-Za-z!]")]
    private static partial Regex Markup();

    /// <summary>Text that starts like a link of any kind: "https:", "javascript:", "data:".</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
