namespace Lifecycle.Domain.Oversight;

/// <summary>How far an oversight group member stands from the project and the council.</summary>
public enum Independence
{
    Internal,
    External,
    Independent,
}
