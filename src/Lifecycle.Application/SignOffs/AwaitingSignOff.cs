using Lifecycle.Domain.SignOffs;

namespace Lifecycle.Application.SignOffs;

public sealed record AwaitingSignOff(Guid ProjectId, string ProjectName, SignOffKind Kind, string SubmittedBy, DateTime SubmittedAt);
