namespace Lifecycle.Domain.Framework;

public enum Phase
{
    Explore,
    Develop,
    Implement,
}
