using Lifecycle.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Lifecycle.Infrastructure.Identity;

public sealed record NewPerson(string DisplayName, string Email, string? JobTitle, bool IsOrganisationAdministrator);

/// <summary>What happened when adding a person: either an invitation to pass on, or why not.</summary>
public sealed record AddPersonResult(Guid? PersonId, string? InvitationToken, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Organisation administrators add people; each person then sets their own password from an invitation.</summary>
public sealed class PeopleAdministration(UserManager<Person> users, LifecycleDbContext db, TimeProvider clock)
{
    public async Task<AddPersonResult> AddAsync(Guid organisationId, NewPerson person, Actor actor)
    {
        var email = person.Email.Trim();
        var user = new Person
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            DisplayName = person.DisplayName.Trim(),
            JobTitle = string.IsNullOrWhiteSpace(person.JobTitle) ? null : person.JobTitle.Trim(),
            OrganisationId = organisationId,
            IsOrganisationAdministrator = person.IsOrganisationAdministrator,
        };

        db.RecordOrganisationChange(organisationId, new RecordedChange("PersonAdded", user.DisplayName, null,
            Snapshot.Of(new { user.DisplayName, user.Email, user.JobTitle, user.IsOrganisationAdministrator }), actor, clock.GetUtcNow().UtcDateTime));

        // CreateAsync saves through the context, which appends the pending audit entry in the same save.
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            db.PendingOrganisationChanges.Clear();
            return new AddPersonResult(null, null, created.Errors.Select(Describe).Distinct().ToList());
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return new AddPersonResult(user.Id, token, []);
    }

    /// <summary>
    /// A taken email gets the same answer whichever organisation holds it, so an administrator cannot
    /// learn who has an account elsewhere on the service.
    /// </summary>
    public const string EmailCannotBeUsed =
        "This email address cannot be used for a new account. If the person is already in your organisation, find them on the people page; otherwise use another work email address for them";

    public const string InvitationUsed = "This invitation link has expired or been used. Ask your organisation administrator for a new one.";

    /// <summary>Identity's errors in the service's words; anything unexpected gets a plain message, never Identity's wording.</summary>
    private static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => EmailCannotBeUsed,
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "Enter an email address in the correct format, like name@council.gov.uk",
        nameof(IdentityErrorDescriber.InvalidToken) => InvitationUsed,
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"Password must be at least {DependencyInjection.MinimumPasswordLength} characters",
        CommonPasswordValidator.Code => CommonPasswordValidator.Message,
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Choose a different password",
        _ => "This could not be saved. Check the details and try again",
    };

    /// <summary>Sets the password from an invitation. Errors are Identity's, such as a short password or a used token.</summary>
    public async Task<IReadOnlyList<string>> AcceptInvitationAsync(Guid personId, string token, string password)
    {
        var user = await users.FindByIdAsync(personId.ToString());
        if (user is null)
        {
            return ["This invitation link is not valid. Ask your organisation administrator for a new one."];
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        return result.Succeeded ? [] : result.Errors.Select(Describe).Distinct().ToList();
    }

    /// <summary>
    /// An administrator turns off someone else's two-factor authentication (a lost phone and no recovery
    /// codes): their key and recovery codes stop working and they set it up again at next sign-in.
    /// </summary>
    public async Task<string?> ResetTwoFactorAsync(Guid organisationId, Guid personId, Actor actor)
    {
        var person = await users.FindByIdAsync(personId.ToString());
        if (person is null || person.OrganisationId != organisationId)
        {
            throw new Application.Abstractions.NotFoundException($"Person {personId}");
        }

        if (person.Id == actor.PersonId)
        {
            return "You cannot reset your own two-factor authentication: ask another organisation administrator";
        }

        db.RecordOrganisationChange(organisationId, new RecordedChange("TwoFactorReset", person.DisplayName, null, null, actor, clock.GetUtcNow().UtcDateTime));
        await users.SetTwoFactorEnabledAsync(person, false);
        await users.ResetAuthenticatorKeyAsync(person);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 0);
        await users.UpdateSecurityStampAsync(person);
        return null;
    }
}
