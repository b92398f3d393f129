using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Publishes committed events in commit order per sortie: a command's events are queued while the store still
/// holds its write turn, so what one sortie's clients are told follows its seqs (a removal's eviction before any
/// later message). Nobody waits on publication: the realtime handlers only hand messages over (fan-out never
/// waits for a reader), and handlers marked <see cref="IOffTheOrderedPath"/> run on a queue of their own.
/// A failing handler never stops a queue.
/// </summary>
public sealed partial class CommittedEventQueue : IAsyncDisposable
{
    private const int Partitions = 8;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<CommittedEventQueue> logger;
    private readonly Channel<IReadOnlyList<IDomainEvent>>[] ordered;
    private readonly Channel<IReadOnlyList<IDomainEvent>> offPath;
    private readonly Task[] consumers;
    private readonly ConcurrentDictionary<Type, bool> hasOffPathHandlers = new();
    private long pending;

    public CommittedEventQueue(IServiceScopeFactory scopes, ILogger<CommittedEventQueue> logger)
    {
        this.scopes = scopes;
        this.logger = logger;
        ordered = [.. Enumerable.Range(0, Partitions).Select(_ => CreateQueue())];
        offPath = CreateQueue();
        consumers = [.. ordered.Select(queue => Task.Run(() => ConsumeAsync(queue, offThePath: false))), Task.Run(() => ConsumeAsync(offPath, offThePath: true))];
    }

    /// <summary>Queues the events; call it before the next command can commit, so that queues follow commit order.</summary>
    public void Enqueue(IReadOnlyList<IDomainEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        var sortieId = events.OfType<ISortieEvent>().Select(e => e.SortieId).FirstOrDefault();
        var partition = sortieId is null ? 0 : (int)((uint)StringComparer.Ordinal.GetHashCode(sortieId) % Partitions);
        var alsoOffPath = events.Any(e => hasOffPathHandlers.GetOrAdd(e.GetType(), HasOffPathHandlers));
        Interlocked.Add(ref pending, alsoOffPath ? 2 : 1);
        ordered[partition].Writer.TryWrite(events);
        if (alsoOffPath)
        {
            offPath.Writer.TryWrite(events);
        }
    }

    /// <summary>Completes once everything queued so far has been published (graceful stops, and tests of the side effects).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (Interlocked.Read(ref pending) > 0)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in ordered.Append(offPath))
        {
            queue.Writer.TryComplete();
        }

        await Task.WhenAll(consumers);
    }

    /// <summary>Asked once per event type: most events (a message posted) have no slow handler, and skip that queue.</summary>
    private bool HasOffPathHandlers(Type eventType)
    {
        using var scope = scopes.CreateScope();
        var handlers = typeof(IEnumerable<>).MakeGenericType(typeof(IDomainEventHandler<>).MakeGenericType(eventType));
        return ((IEnumerable<object>)scope.ServiceProvider.GetRequiredService(handlers)).Any(h => h is IOffTheOrderedPath);
    }

    private static Channel<IReadOnlyList<IDomainEvent>> CreateQueue() =>
        Channel.CreateUnbounded<IReadOnlyList<IDomainEvent>>(new UnboundedChannelOptions { SingleReader = true });

    private async Task ConsumeAsync(Channel<IReadOnlyList<IDomainEvent>> queue, bool offThePath)
    {
        await foreach (var events in queue.Reader.ReadAllAsync())
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DomainEventDispatcher>().DispatchAsync(events, offThePath, CancellationToken.None);
            }
            catch (ObjectDisposedException)
            {
                // The host stopped without waiting (see WhenIdleAsync): only side effects of committed data go.
                LogStopped(logger);
            }
            catch (Exception exception)
            {
                // The data is committed; only side effects are lost, and the next events must still go out.
                LogBatchFailed(logger, exception);
            }
            finally
            {
                Interlocked.Decrement(ref pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed events left unpublished: the services are gone")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing committed events failed; the data is stored, their side effects are lost")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
