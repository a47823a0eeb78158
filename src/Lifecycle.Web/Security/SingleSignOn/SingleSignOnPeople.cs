using System.Security.Claims;
using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lifecycle.Web.Security.SingleSignOn;

/// <summary>
/// Finds the invited person a council account belongs to. The first time, the match is on a verified
/// email address within the organisation, and the account's stable id (Entra's object id, or the
/// subject) is then linked to the person; after that only the linked id counts. Nobody is created here:
/// an administrator invites people, and roles stay in Lifecycle.
/// </summary>
public sealed class SingleSignOnPeople(UserManager<Person> users, Lifecycle.Application.Organisations.AccountEvents events, IOptions<SingleSignOnOptions> options)
{
    public async Task<(Person? Person, SingleSignOnProblem? Problem)> FindAsync(Guid organisationId, string scheme, ClaimsPrincipal account)
    {
        var key = account.FindFirstValue("oid") ?? account.FindFirstValue("sub");
        if (string.IsNullOrEmpty(key))
        {
            return (null, SingleSignOnProblem.Failed);
        }

        if (await users.FindByLoginAsync(scheme, key) is { } linked)
        {
            return linked.OrganisationId == organisationId ? (linked, null) : (null, SingleSignOnProblem.NotInvited);
        }

        var email = account.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email))
        {
            return (null, SingleSignOnProblem.EmailNotVerified);
        }

        if (!IsVerified(organisationId, account))
        {
            return (null, SingleSignOnProblem.EmailNotVerified);
        }

        var person = await users.FindByEmailAsync(email.Trim());
        if (person is null || person.OrganisationId != organisationId)
        {
            return (null, SingleSignOnProblem.NotInvited);
        }

        // The person already signs in with a different council account: an address passed on to someone new must not take over.
        if ((await users.GetLoginsAsync(person)).Any(l => l.LoginProvider == scheme))
        {
            return (null, SingleSignOnProblem.LinkedToSomeoneElse);
        }

        // Saved with the link itself, by Identity.
        events.Note(organisationId, "SingleSignOnLinked", new Actor(person.Id, person.DisplayName), after: Snapshot.Of(new { Email = email.Trim() }));
        var added = await users.AddLoginAsync(person, new UserLoginInfo(scheme, key, "Council account"));
        return added.Succeeded ? (person, null) : (null, SingleSignOnProblem.Failed);
    }

    private bool IsVerified(Guid organisationId, ClaimsPrincipal account) =>
        string.Equals(account.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase)
        || (options.Value.ByOrganisation().TryGetValue(organisationId, out var provider) && provider.EmailsAreVerified);
}
