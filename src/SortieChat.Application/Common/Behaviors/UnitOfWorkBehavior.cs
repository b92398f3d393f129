using Mediator;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.Behaviors;

/// <summary>
/// The write path of every command: its changes are committed in one transaction, and only then are
/// the events queued for publishing. A failed result or an exception rolls everything back and publishes nothing.
/// The answer goes back once the data is durable: it never waits for other connections to be told (DESIGN.md section 5).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, CommittedEventQueue committedEvents)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    private const int Attempts = 5;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(message, next, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Nothing was written: the command runs again from fresh reads.
            }
        }
    }

    private async ValueTask<TResponse> RunOnceAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
            if (response is Result { IsFailure: true })
            {
                await unitOfWork.RollbackAsync();
                return response;
            }

            await unitOfWork.CommitAsync(committedEvents.Enqueue, cancellationToken);
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }

        return response;
    }
}
