namespace Lifecycle.Web.Security;

/// <summary>
/// Names what a page (on the class) or a handler (on the method) needs to be allowed to do to the
/// project in its route. Pages under /projects/{projectId} without one need <see cref="ProjectOperation.Read"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class RequiresProjectOperationAttribute(ProjectOperation operation) : Attribute
{
    public ProjectOperation Operation { get; } = operation;
}
