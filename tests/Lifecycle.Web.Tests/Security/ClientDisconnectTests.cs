using Lifecycle.Web.Startup;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lifecycle.Web.Tests.Security;

/// <summary>Issue 11, item 5: a client that closes the connection is not logged as a 500.</summary>
public sealed class ClientDisconnectTests
{
    [Fact]
    public async Task WorkCancelledBecauseTheClientLeft_IsLoggedAsInformation_WithStatus499()
    {
        var logger = new RecordingLogger();
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        var middleware = new ClientDisconnects(_ =>
        {
            aborted.Cancel();
            context.RequestAborted.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }, logger);

        await middleware.InvokeAsync(context);

        Assert.Equal(ClientDisconnects.ClientClosedRequest, context.Response.StatusCode);
        Assert.Equal([LogLevel.Information], logger.Levels);
    }

    [Fact]
    public async Task ACancellationTheClientDidNotCause_StillFails()
    {
        var middleware = new ClientDisconnects(_ => throw new OperationCanceledException(), new RecordingLogger());

        await Assert.ThrowsAsync<OperationCanceledException>(() => middleware.InvokeAsync(new DefaultHttpContext()));
    }

    private sealed class RecordingLogger : ILogger<ClientDisconnects>
    {
        public List<LogLevel> Levels { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => Levels.Add(logLevel);
    }
}
