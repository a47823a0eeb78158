namespace Lifecycle.Domain.Common;

/// <summary>Lengths the domain and the database agree on, so no input is silently cut.</summary>
public static class TextLimits
{
    public const int Name = 200;
    public const int ShortText = 500;
    public const int LongText = 4000;
    public const int Url = 2000;
    public const int Reason = 2000;
}
