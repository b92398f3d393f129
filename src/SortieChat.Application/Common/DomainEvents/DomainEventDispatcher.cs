using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>Publishes committed events to their handlers; a failing handler is logged and the others still run.</summary>
public sealed partial class DomainEventDispatcher(IServiceProvider services, ILogger<DomainEventDispatcher> logger)
{
    private static readonly ConcurrentDictionary<Type, Func<DomainEventDispatcher, IDomainEvent, bool, CancellationToken, Task>> Dispatchers = new();

    private static readonly MethodInfo DispatchOneMethod =
        typeof(DomainEventDispatcher).GetMethod(nameof(DispatchOneAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Runs the handlers of each event: those marked <see cref="IOffTheOrderedPath"/>, or all the others.</summary>
    public async Task DispatchAsync(IEnumerable<IDomainEvent> domainEvents, bool offThePath, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in domainEvents)
        {
            var dispatch = Dispatchers.GetOrAdd(domainEvent.GetType(), CreateDispatcher);
            await dispatch(this, domainEvent, offThePath, cancellationToken);
        }
    }

    private static Func<DomainEventDispatcher, IDomainEvent, bool, CancellationToken, Task> CreateDispatcher(Type eventType) =>
        DispatchOneMethod.MakeGenericMethod(eventType)
            .CreateDelegate<Func<DomainEventDispatcher, IDomainEvent, bool, CancellationToken, Task>>();

    private async Task DispatchOneAsync<TEvent>(IDomainEvent domainEvent, bool offThePath, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>().Where(h => h is IOffTheOrderedPath == offThePath))
        {
            try
            {
                await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
            }
            catch (Exception exception)
            {
                LogHandlerFailed(logger, exception, handler.GetType().Name, typeof(TEvent).Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed on a committed {Event}; the data is stored, the side effect is lost")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string @event);
}
