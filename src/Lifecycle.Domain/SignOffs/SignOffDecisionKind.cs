namespace Lifecycle.Domain.SignOffs;

public enum Decision
{
    Approved,
    Rejected,
}
