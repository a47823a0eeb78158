using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lifecycle.Web.Pages;

public abstract class LifecyclePageModel : PageModel
{
    private CurrentUser? _currentUser;

    public CurrentUser CurrentUser => _currentUser ??= CurrentUser.From(User);
}
