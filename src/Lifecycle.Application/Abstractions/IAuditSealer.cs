namespace Lifecycle.Application.Abstractions;

/// <summary>Signs and checks audit seals with a key that is never stored in the database.</summary>
public interface IAuditSealer
{
    string Sign(string content);

    bool IsGenuine(string content, string signature);
}
