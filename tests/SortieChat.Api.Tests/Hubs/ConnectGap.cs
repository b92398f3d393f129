using Microsoft.AspNetCore.SignalR;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// A test-only hub filter that holds the first connection in the gap between its token check (done by the HTTP
/// request) and the hub's <c>OnConnectedAsync</c>, which registers it, until the test lets it go.
/// </summary>
public sealed class ConnectGap : IHubFilter
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int held;

    /// <summary>Completes once a connection waits in the gap.</summary>
    public Task Entered => entered.Task;

    public void Release() => released.TrySetResult();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (Interlocked.Exchange(ref held, 1) == 0)
        {
            entered.TrySetResult();
            await released.Task;
        }

        await next(context);
    }
}
