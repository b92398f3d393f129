using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Publishes committed events through the mediator in commit order per sortie: a command's events are queued while the
/// store still holds its write turn, so what one sortie's clients are told follows its seqs (a removal's eviction
/// before any later message). Nobody waits on publication: the realtime handlers only hand messages over (fan-out
/// never waits for a reader), and slow work goes to <see cref="SlowSideEffects"/>. A failing handler never stops a queue.
/// </summary>
public sealed class CommittedEventQueue(IServiceScopeFactory scopes, SlowSideEffects slowSideEffects, ILogger<CommittedEventQueue> logger)
    : IAsyncDisposable
{
    private const int Partitions = 8;
    private readonly SerialWorkQueue[] partitions = [.. Enumerable.Range(0, Partitions).Select(_ => new SerialWorkQueue(scopes, logger))];

    /// <summary>Queues the events; call it before the next command can commit, so that queues follow commit order.</summary>
    public void Enqueue(IReadOnlyList<IDomainEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        var sortieId = events.OfType<ISortieEvent>().Select(e => e.SortieId).FirstOrDefault();
        var partition = sortieId is null ? 0 : (int)((uint)StringComparer.Ordinal.GetHashCode(sortieId) % Partitions);
        partitions[partition].Enqueue(services => PublishAsync(services.GetRequiredService<IPublisher>(), events));
    }

    /// <summary>Completes once everything queued so far, and the slow work it asked for, is done (graceful stops, and tests of side effects).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (!partitions.All(p => p.IsIdle) || !slowSideEffects.IsIdle)
        {
            await Task.Delay(5, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var partition in partitions)
        {
            await partition.DisposeAsync();
        }
    }

    private static async Task PublishAsync(IPublisher publisher, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            await publisher.Publish(new DomainEventCommitted(domainEvent), CancellationToken.None);
        }
    }
}
