using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Side effects that may take their time (a media provider call), run beside the rooms' ordered paths so that no
/// room's broadcasts wait on them. The work gets services from a scope of its own: the handler's scope is gone by then.
/// </summary>
public sealed class SlowSideEffects(IServiceScopeFactory scopes, ILogger<SlowSideEffects> logger) : IAsyncDisposable
{
    private readonly SerialWorkQueue queue = new(scopes, logger);

    public bool IsIdle => queue.IsIdle;

    public void Enqueue(Func<IServiceProvider, Task> work) => queue.Enqueue(work);

    public ValueTask DisposeAsync() => queue.DisposeAsync();
}
