using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Publishes committed events in commit order per sortie: a command's events are queued while the store still
/// holds its write turn, so what one sortie's clients are told follows its seqs (a removal's eviction before any
/// later message). Sorties are spread over a few queues so that one slow room does not hold the others up.
/// </summary>
public sealed class CommittedEventQueue : IAsyncDisposable
{
    private const int Partitions = 8;
    private readonly IServiceScopeFactory scopes;
    private readonly Channel<Batch>[] queues;
    private readonly Task[] consumers;

    public CommittedEventQueue(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        queues = [.. Enumerable.Range(0, Partitions).Select(_ => Channel.CreateUnbounded<Batch>(new UnboundedChannelOptions { SingleReader = true }))];
        consumers = [.. queues.Select(queue => Task.Run(() => ConsumeAsync(queue)))];
    }

    /// <summary>Queues the events (call it before the next command can commit); the task ends once they are published.</summary>
    public Task Enqueue(IReadOnlyList<IDomainEvent> events)
    {
        if (events.Count == 0)
        {
            return Task.CompletedTask;
        }

        var batch = new Batch(events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var sortieId = events.OfType<ISortieEvent>().Select(e => e.SortieId).FirstOrDefault();
        var partition = sortieId is null ? 0 : (int)((uint)StringComparer.Ordinal.GetHashCode(sortieId) % Partitions);
        return queues[partition].Writer.TryWrite(batch) ? batch.Published.Task : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in queues)
        {
            queue.Writer.TryComplete();
        }

        await Task.WhenAll(consumers);
    }

    private async Task ConsumeAsync(Channel<Batch> queue)
    {
        await foreach (var batch in queue.Reader.ReadAllAsync())
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DomainEventDispatcher>().DispatchAsync(batch.Events, CancellationToken.None);
            }
            finally
            {
                batch.Published.TrySetResult();
            }
        }
    }

    private sealed record Batch(IReadOnlyList<IDomainEvent> Events, TaskCompletionSource Published);
}
