namespace Lifecycle.Web.Security;

/// <summary>
/// How many sign-in attempts are allowed before the sign-in page asks people to wait. Set under
/// "SignIn" in configuration; a council whose staff share one public address may need a higher
/// <see cref="AttemptsPerAddress"/>.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "SignIn";

    /// <summary>The rate-limiting policy on the sign-in page: attempts per address.</summary>
    public const string AddressPolicy = "sign-in-by-address";

    /// <summary>Wrong passwords for one email from one address before that address must wait.</summary>
    public int FailuresPerAccountFromOneAddress { get; set; } = 5;

    /// <summary>Wrong passwords for one email from everywhere before everyone must wait: the brake on guessing from many addresses.</summary>
    public int FailuresPerAccount { get; set; } = 50;

    /// <summary>Sign-in attempts (right or wrong, any email) from one address.</summary>
    public int AttemptsPerAddress { get; set; } = 300;

    public int WindowMinutes { get; set; } = 15;
}
