namespace Lifecycle.Web.Security.SingleSignOn;

/// <summary>
/// "SingleSignOn:Organisations:{organisation id}": each organisation's own OpenID Connect provider (its
/// Microsoft Entra ID tenant, for example). Kept in configuration, so the client secret lives in an
/// environment variable or secret store, never in the database.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "SingleSignOn";

    /// <summary>Keyed by organisation id as text: the configuration binder does not read Guid keys.</summary>
    public Dictionary<string, SingleSignOnProvider> Organisations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The organisations with single sign-on set up, by id.</summary>
    public IReadOnlyDictionary<Guid, SingleSignOnProvider> ByOrganisation() =>
        Organisations.Where(o => Guid.TryParse(o.Key, out _)).ToDictionary(o => Guid.Parse(o.Key), o => o.Value);

    /// <summary>
    /// Lets a provider on this machine (http://localhost…) be used in Development, to try single sign-on with a local test
    /// provider. Ignored in every other environment: a provider is always reached over https there.
    /// </summary>
    public bool AllowHttpOnLoopbackInDevelopment { get; set; }

    public IEnumerable<string> Problems(bool isDevelopment = false) =>
        Organisations.SelectMany(o => Guid.TryParse(o.Key, out var id)
            ? o.Value.Problems(id, isDevelopment && AllowHttpOnLoopbackInDevelopment)
            : [$"SingleSignOn:Organisations:{o.Key} is not an organisation id: use the id that 'setup create-organisation' printed"]);

    public bool Covers(Guid organisationId) => ByOrganisation().ContainsKey(organisationId);
}

public sealed class SingleSignOnProvider
{
    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant id}/v2.0 (one tenant, not "common").</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>
    /// Trust the email claim without an "email_verified" claim. Only for providers that never assert an
    /// address they have not verified, such as an Entra tenant whose addresses are the council's own domain.
    /// </summary>
    public bool EmailsAreVerified { get; set; }

    public IEnumerable<string> Problems(Guid organisationId, bool allowHttpOnLoopback = false)
    {
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority))
        {
            yield return $"SingleSignOn:Organisations:{organisationId}:Authority must be the provider's address, such as https://login.microsoftonline.com/<tenant id>/v2.0";
        }
        else if (authority.Scheme != Uri.UriSchemeHttps && !(allowHttpOnLoopback && authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback))
        {
            yield return $"SingleSignOn:Organisations:{organisationId}:Authority must start https:// (it is {authority.Scheme}://): sign-in answers must not cross the network " +
                "unencrypted. For a test provider on this machine in Development, set SingleSignOn:AllowHttpOnLoopbackInDevelopment=true";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return $"SingleSignOn:Organisations:{organisationId}:ClientId is required";
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return $"SingleSignOn:Organisations:{organisationId}:ClientSecret is required (keep it in an environment variable or secret store)";
        }
    }
}
