using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Web.Display;

/// <summary>Every submission of one kind of sign-off on a project, with its decision.</summary>
public sealed record SignOffHistory(Project Project, SignOffKind Kind);
