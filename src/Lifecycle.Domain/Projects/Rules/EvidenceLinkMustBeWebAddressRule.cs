namespace Lifecycle.Domain.Projects;

public sealed class EvidenceLinkMustBeWebAddressRule(string? link) : IBusinessRule
{
    public bool IsBroken() => link is not null && !IsWebAddress(link);

    public string Message => "the evidence link is a full web address starting with https:// or http://";

    /// <summary>What is wrong and what to do, when this rule refuses a change.</summary>
    public string Refusal => "Enter the evidence link as a full web address starting with https:// or http://";

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}
