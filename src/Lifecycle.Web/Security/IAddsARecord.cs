namespace Lifecycle.Web.Security;

/// <summary>
/// A page whose form adds a record (a risk, a feedback item, a test run…): each form it renders saves at most once, so a
/// double-click or a resent request never adds the same record twice (<see cref="OnceOnlyFormFilter"/>).
/// </summary>
public interface IAddsARecord;
