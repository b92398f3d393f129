using SortieChat.Application.Common.DomainEvents;

namespace SortieChat.Api.Configuration;

/// <summary>A stopping server first tells its clients what it has already committed, within the shutdown timeout.</summary>
internal sealed class PublishPendingEventsOnStop(CommittedEventQueue queue) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await queue.WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Out of time: what is left was committed; clients catch up with afterSeq.
        }
    }
}
