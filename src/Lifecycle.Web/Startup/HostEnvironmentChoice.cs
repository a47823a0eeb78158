namespace Lifecycle.Web.Startup;

/// <summary>
/// Which environment the app runs in. `dotnet run` applies the launch profile's DOTNET_ENVIRONMENT=Development, and the
/// host would let that win over an ASPNETCORE_ENVIRONMENT the person set (seeding the demo accounts in what they meant
/// as Production). ASPNETCORE_ENVIRONMENT, when set, decides; otherwise the host's own order applies.
/// </summary>
public static class HostEnvironmentChoice
{
    public static string? FromProcess() =>
        Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } chosen ? chosen : null;
}
