using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SortieChat.Infrastructure.Realtime.Redis;

/// <summary>Refreshes this instance's presence and live-connection entries on a timer, and at once when the connection to Redis comes back.</summary>
internal sealed class PresenceHeartbeat(
    RedisPresenceTracker presence, RedisLiveConnections live, IConnectionMultiplexer redis, IOptions<RedisOptions> options) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionRestored += OnRestored;
        try
        {
            var period = TimeSpan.FromSeconds(options.Value.PresenceHeartbeatSeconds);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await wake.WaitAsync(period, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await presence.RefreshAsync();
                await live.RefreshAsync();
            }
        }
        finally
        {
            redis.ConnectionRestored -= OnRestored;
        }
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken.
            }
        }
    }
}
