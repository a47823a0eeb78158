using System.Text.RegularExpressions;

namespace Lifecycle.Domain.Transparency;

/// <summary>
/// The team's transparency text is published as it is (the public page, the ATRS JSON another site may show): it is plain
/// text, not markup, an address field holds a web address (http or https), never a script, and the contact field an email address.
/// </summary>
public sealed partial class TeamTextMustBePlainRule(IReadOnlyDictionary<string, string?> teamText) : IBusinessRule
{
    /// <summary>The record's fields that must hold a web address.</summary>
    public static readonly IReadOnlySet<string> AddressFields = new HashSet<string>(["website_url"], StringComparer.Ordinal);

    /// <summary>A dataset's source address ("source_data_url-2"): a web address, or words such as "not published", never another kind of link.</summary>
    private const string SourceAddress = "source_data_url";

    /// <summary>The field where the public contact's email address goes.</summary>
    private const string ContactEmail = "contact_email";

    private enum Fault { Markup, WebAddress, EmailAddress }

    private (string Field, Fault Fault)? Problem =>
        teamText.Where(t => t.Value is not null)
            .Select(t => (t.Key, Fault: FaultOf(t.Key, t.Value!)))
            .Where(t => t.Fault is not null)
            .Select(t => ((string, Fault)?)(t.Key, t.Fault!.Value))
            .FirstOrDefault();

    private static Fault? FaultOf(string key, string value) => key switch
    {
        _ when AddressFields.Contains(key) => IsWebAddress(value) ? null : Fault.WebAddress,
        _ when key.StartsWith(SourceAddress, StringComparison.Ordinal) && Scheme().IsMatch(value.Trim()) => IsWebAddress(value) ? null : Fault.WebAddress,
        ContactEmail => EmailAddress().IsMatch(value.Trim()) ? null : Fault.EmailAddress,
        _ => Markup().IsMatch(value) ? Fault.Markup : null,
    };

    public bool IsBroken() => Problem is not null;

    public string Message => "the team's transparency text is plain text, each address is a web address starting https:// or http://, and the contact is an email address";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => Problem switch
    {
        { Fault: Fault.WebAddress } found => $"The text for \"{found.Field.Replace('_', ' ')}\" is not a web address: enter one starting https:// (or http://)",
        { Fault: Fault.EmailAddress } => "The contact email is not an email address: enter one like team@council.gov.uk, which the public can write to",
        { } found => $"The text for \"{found.Field.Replace('_', ' ')}\" looks like web page code (a tag such as <b> or <script>): write it as plain text, which is how it is published",
        null => "The team's transparency text must be plain text, with web addresses starting https:// or http://",
    };

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    /// <summary>An opening or closing tag, a comment or a doctype: "&lt;b&gt;", "&lt;/p", "&lt;!--"; not "&lt; 5 years" or "&lt;5".</summary>
    [GeneratedRegex(@"<\s*[/!]?\s*[A-Za-z!]")]
    private static partial Regex Markup();

    /// <summary>One address with a domain: "data.team@council.gov.uk"; no spaces, one @.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAddress();

    /// <summary>Text that starts like a link of any kind: "https:", "javascript:", "data:".</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();
}
