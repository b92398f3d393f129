namespace SortieChat.LoadTest.Hub;

/// <summary>
/// Pings every connection that has sent nothing for 15 s, as SignalR's own clients do, so that the server (which drops
/// a client silent for 30 s) keeps it. The connections are visited a fiftieth at a time, every 100 ms: pinging all of
/// them at once would send thousands of pings in one burst, a load spike for the server and the generator alike that
/// no real population of clients produces.
/// </summary>
internal static class KeepAlive
{
    private const int Slices = 50;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan IdleBeforePing = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(Func<IReadOnlyList<HubConnection>> connections, CancellationToken ct)
    {
        var slice = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(Tick, ct);
                var all = connections();
                var from = (int)((long)all.Count * slice / Slices);
                var to = (int)((long)all.Count * (slice + 1) / Slices);
                for (var i = from; i < to; i++)
                {
                    await all[i].KeepAliveAsync(IdleBeforePing);
                }

                slice = (slice + 1) % Slices;
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }
}
