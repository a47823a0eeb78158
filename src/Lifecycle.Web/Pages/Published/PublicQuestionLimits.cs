namespace Lifecycle.Web.Pages.Published;

/// <summary>
/// The "PublicQuestions" section: how many questions one address may send from the public pages in a window. The
/// pages need no sign-in, so without a limit anyone could fill a project's register.
/// </summary>
public sealed class PublicQuestionLimits
{
    public const string Section = "PublicQuestions";

    public int PerAddress { get; set; } = 5;

    public int WindowMinutes { get; set; } = 60;
}
