using System.Text;
using Lifecycle.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Lifecycle.Web.Pages.Account.TwoFactor;

/// <summary>
/// Sets up an authenticator app: a QR code and the key in text, then a code to prove it works, then ten
/// recovery codes shown once.
/// </summary>
public sealed class SetUpModel(UserManager<Person> users, SignInManager<Person> signIn, Lifecycle.Application.Organisations.AccountEvents events) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public TwoFactorCodeInput Input { get; set; } = new();

    public string Key { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public bool IsRequired => User.HasClaim(LifecycleClaims.MustSetUpTwoFactor, "true");

    public bool IsAlreadyOn { get; private set; }

    /// <summary>Shown once, straight after set-up; never stored in a form of their own.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        IsAlreadyOn = person.TwoFactorEnabled;
        await ShowKeyAsync(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        if (await this.ValidateAsync(Input)
            && !await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, Input.Normalised))
        {
            ModelState.AddModelError("Input.Code", "The code is not right. Check the time on your phone is correct, then enter the newest code");
        }

        if (!ModelState.IsValid)
        {
            IsAlreadyOn = person.TwoFactorEnabled;
            await ShowKeyAsync(person);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(person, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(person, RecoveryCodeCount))!.ToList();
        await events.RecordAsync(person.OrganisationId, "TwoFactorSetUp", new Actor(person.Id, person.DisplayName), HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(person);
        return Page();
    }

    private async Task ShowKeyAsync(Person person)
    {
        var key = await users.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(person);
            key = await users.GetAuthenticatorKeyAsync(person);

            // A new key changes the security stamp, which is checked on every request: re-issue the session.
            await signIn.RefreshSignInAsync(person);
        }

        Key = string.Join(' ', key!.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Lifecycle:" + person.Email)}?secret={key}&issuer=Lifecycle&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        using var qrCode = new SvgQRCode(data);
        var svg = qrCode.GetGraphic(4);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
