using Mediator;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.Behaviors;

/// <summary>
/// The write path of every command: its changes are committed in one transaction, and only then are
/// the events published. A failed result or an exception rolls everything back and publishes nothing.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, DomainEventDispatcher dispatcher)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        IReadOnlyList<IDomainEvent> committed;
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
            if (response is Result { IsFailure: true })
            {
                await unitOfWork.RollbackAsync();
                return response;
            }

            committed = await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }

        // The data is stored: a caller that goes away now must not cancel what others are told.
        await dispatcher.DispatchAsync(committed, CancellationToken.None);
        return response;
    }
}
