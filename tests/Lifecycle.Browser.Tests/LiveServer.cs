using Lifecycle.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lifecycle.Browser.Tests;

/// <summary>The app on a real loopback port (Kestrel), with its own database, for a real browser to drive.</summary>
public sealed class LiveServer : LifecycleFactory
{
    public LiveServer()
    {
        // Must precede any use of Services, which would start the in-memory test server instead.
        UseKestrel(0);
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
    }

    public string Address { get; }
}
