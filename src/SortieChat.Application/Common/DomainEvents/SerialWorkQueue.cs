using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Runs work items one at a time in the order they came, each in a scope of its own. A failing item is logged and the
/// next still runs: what is queued here happens after a commit, so only side effects can be lost.
/// </summary>
internal sealed partial class SerialWorkQueue : IAsyncDisposable
{
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger logger;
    private readonly Channel<Func<IServiceProvider, Task>> items =
        Channel.CreateUnbounded<Func<IServiceProvider, Task>>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Task consumer;
    private long pending;

    public SerialWorkQueue(IServiceScopeFactory scopes, ILogger logger)
    {
        this.scopes = scopes;
        this.logger = logger;
        consumer = Task.Run(ConsumeAsync);
    }

    public bool IsIdle => Interlocked.Read(ref pending) == 0;

    public void Enqueue(Func<IServiceProvider, Task> work)
    {
        Interlocked.Increment(ref pending);
        if (!items.Writer.TryWrite(work))
        {
            Interlocked.Decrement(ref pending);
            LogStopped(logger);
        }
    }

    public async ValueTask DisposeAsync()
    {
        items.Writer.TryComplete();
        await consumer;
    }

    private async Task ConsumeAsync()
    {
        await foreach (var work in items.Reader.ReadAllAsync())
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider);
            }
            catch (ObjectDisposedException)
            {
                // The host stopped without waiting for the queues to drain: only side effects of committed data go.
                LogStopped(logger);
            }
            catch (Exception exception)
            {
                LogWorkFailed(logger, exception);
            }
            finally
            {
                Interlocked.Decrement(ref pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Work after a commit left undone: the services are gone")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work after a commit failed; the data is stored, its side effects are lost")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);
}
