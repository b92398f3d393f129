using Mediator;
using Microsoft.Extensions.Logging;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Publishes a notification to its handlers one after the other; a failing handler is logged and the others still run
/// (the data is committed: only that handler's side effect is lost).
/// </summary>
public sealed partial class HandlerIsolatingPublisher(ILogger<HandlerIsolatingPublisher> logger) : INotificationPublisher
{
    public async ValueTask Publish<TNotification>(
        NotificationHandlers<TNotification> handlers, TNotification notification, CancellationToken cancellationToken)
        where TNotification : INotification
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler.Handle(notification, cancellationToken);
            }
            catch (Exception exception)
            {
                LogHandlerFailed(logger, exception, handler.GetType().Name, Describe(notification));
            }
        }
    }

    private static string Describe<TNotification>(TNotification notification) =>
        notification is DomainEventCommitted committed ? committed.Event.GetType().Name : typeof(TNotification).Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed on a committed {Event}; the data is stored, the side effect is lost")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, string @event);
}
