using System.Globalization;
using SortieChat.LoadTest.Hub;
using SortieChat.LoadTest.Sweep;

namespace SortieChat.LoadTest.Memory;

/// <summary>
/// Scenario D: idle authenticated connections, each joined to its room, added by batches; the server's RSS is read
/// after each batch has settled. Connection i is user i mod U (U = rooms × members users in rooms of
/// <c>members</c>), so past U connections the users open a second device in the same rooms.
/// </summary>
internal sealed class MemoryRunner(Target target, int rooms, int members, IReadOnlyList<int> counts) : IRecordSink
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(4);
    private readonly List<HubConnection> _connections = [];
    private volatile HubConnection[] _snapshot = [];
    private long _closed;

    public async Task<MemoryResult> RunAsync(CancellationToken ct)
    {
        var users = rooms * members;
        IReadOnlyList<string> sortieIds;
        Func<int, string> tokenOf;
        if (target.Population is { } population)
        {
            var layout = await population.RoomsAsync(rooms, members, ct);
            sortieIds = [.. layout.Select(room => room.SortieId)];
            tokenOf = i => population.Users[layout[(i % users) / members].Members[i % members]].AccessToken;
        }
        else
        {
            sortieIds = [.. Enumerable.Range(0, rooms).Select(_ => Guid.CreateVersion7().ToString())];
            tokenOf = _ => "ignored-by-the-baseline";
        }

        var server = target.Server ?? throw new ArgumentException($"scenario D needs the pid of {target.Name}");
        await Task.Delay(Settle, ct);
        var empty = server.RssKiB() / 1024.0;
        var points = new List<MemoryPoint>();
        using var keepAlive = new CancellationTokenSource();
        var pinging = KeepAlive.RunAsync(() => _snapshot, keepAlive.Token);
        try
        {
            foreach (var count in counts)
            {
                var batch = await Fleet.ConnectAsync(target, sortieIds, _connections.Count, count - _connections.Count, i => (i % users) / members, tokenOf, this, ct);
                _connections.AddRange(batch);
                _snapshot = [.. _connections];
                await Task.Delay(Settle, ct);
                var point = new MemoryPoint(count, Math.Round(server.RssKiB() / 1024.0, 1));
                points.Add(point);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {target.Name}: {point.Connections} connections, RSS {point.RssMiB} MiB"));
            }
        }
        finally
        {
            await keepAlive.CancelAsync();
            await pinging;
            await new Fleet(sortieIds, _connections, []).CloseAsync();
        }

        return new MemoryResult(target.Name, Math.Round(empty, 1), points);
    }

    public void OnDelivery(HubConnection connection, int step, int sender, int number, long receivedTicks)
    {
    }

    public void OnAck(HubConnection connection, int step, int number, bool failed, ReadOnlySpan<byte> record, long receivedTicks)
    {
    }

    public void OnClosed(HubConnection connection, string reason)
    {
        if (Interlocked.Increment(ref _closed) <= 5)
        {
            Console.Error.WriteLine($"\n  {target.Name}: idle connection {connection.Index} closed: {reason}");
        }
    }

    public long Closed => Interlocked.Read(ref _closed);
}
