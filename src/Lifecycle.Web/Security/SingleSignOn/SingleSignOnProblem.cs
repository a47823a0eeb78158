namespace Lifecycle.Web.Security.SingleSignOn;

/// <summary>Why a single sign-on did not sign the person in; each has its own explanation on the page.</summary>
public enum SingleSignOnProblem
{
    Failed,
    Cancelled,
    NotInvited,
    EmailNotVerified,
    LinkedToSomeoneElse,
}
