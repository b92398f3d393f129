namespace SortieChat.LoadTest.Hub;

/// <summary>Pings every connection that has been silent for 10 s, every 5 s, until cancelled.</summary>
internal static class KeepAlive
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan IdleBeforePing = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(Func<IReadOnlyList<HubConnection>> connections, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(Every, ct);
                foreach (var chunk in connections().Chunk(256))
                {
                    await Task.WhenAll(chunk.Select(connection => connection.KeepAliveAsync(IdleBeforePing)));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Done.
        }
    }
}
