namespace Lifecycle.Domain.SignOffs;

public enum SignOffKind
{
    BusinessCase,
    GoLive,
    Retirement,
}
