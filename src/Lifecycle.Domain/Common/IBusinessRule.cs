namespace Lifecycle.Domain.Common;

/// <summary>A named rule the domain checks before it changes state.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    /// <summary>Plain-English statement of what must be true, shown to users as it stands.</summary>
    string Message { get; }
}
