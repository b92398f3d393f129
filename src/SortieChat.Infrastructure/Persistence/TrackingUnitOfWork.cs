using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Persistence;

/// <summary>
/// What every store's unit of work shares: the aggregates a command loaded or added, their events written at
/// commit and handed over for publishing while the store still holds the command's write turn.
/// </summary>
internal abstract class TrackingUnitOfWork : IUnitOfWork, IAsyncDisposable, IDisposable
{
    private readonly List<AggregateRoot> tracked = [];

    protected bool InCommand { get; private set; }

    /// <summary>The aggregates of the running command, as its changes left them.</summary>
    protected IReadOnlyList<AggregateRoot> Tracked => tracked;

    public ValueTask BeginAsync(CancellationToken cancellationToken)
    {
        InCommand = InCommand ? throw new InvalidOperationException("A command is already running in this scope.") : true;
        return ValueTask.CompletedTask;
    }

    /// <summary>Aggregates loaded or added during a command: their events are written at commit.</summary>
    public void Track(AggregateRoot aggregate)
    {
        if (InCommand && !tracked.Contains(aggregate))
        {
            tracked.Add(aggregate);
        }
    }

    public async ValueTask CommitAsync(Action<IReadOnlyList<IDomainEvent>> publishInCommitOrder, CancellationToken cancellationToken)
    {
        var events = tracked.SelectMany(a => a.DomainEvents).ToList();
        if (events.Count > 0)
        {
            await WriteAndCommitAsync(events, () => publishInCommitOrder(events), cancellationToken);
        }

        await EndCommandAsync();
    }

    public async ValueTask RollbackAsync()
    {
        try
        {
            await AbortAsync();
        }
        finally
        {
            await EndCommandAsync();
        }
    }

    public ValueTask DisposeAsync() => RollbackAsync();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Writes the events in the command's transaction and commits it; then, before any later commit, calls
    /// <paramref name="publish"/> so that events are queued in the order the commits happened.
    /// </summary>
    protected abstract Task WriteAndCommitAsync(IReadOnlyList<IDomainEvent> events, Action publish, CancellationToken cancellationToken);

    /// <summary>Drops the command's open transaction, if any.</summary>
    protected abstract ValueTask AbortAsync();

    /// <summary>Closes the command's transaction and gives its write turn back.</summary>
    protected abstract ValueTask ReleaseAsync();

    private async ValueTask EndCommandAsync()
    {
        foreach (var aggregate in tracked)
        {
            aggregate.ClearDomainEvents();
        }

        tracked.Clear();
        InCommand = false;
        await ReleaseAsync();
    }
}
