using System.Globalization;
using SortieChat.LoadTest.Hub;

namespace SortieChat.LoadTest.Sweep;

/// <summary>The connections of one target, each joined to its room, and which of them send.</summary>
internal sealed class Fleet(IReadOnlyList<string> sortieIds, IReadOnlyList<HubConnection> connections, IReadOnlyList<HubConnection> senders)
{
    private const int ConnectParallelism = 16;

    public IReadOnlyList<string> SortieIds { get; } = sortieIds;

    public IReadOnlyList<HubConnection> Connections { get; } = connections;

    /// <summary>Sender i of a step is <c>Senders[i]</c>; its room is <see cref="HubConnection.Room"/>.</summary>
    public IReadOnlyList<HubConnection> Senders { get; } = senders;

    /// <summary>Connects <paramref name="count"/> connections; connection i belongs to room <c>roomOf(i)</c> with token <c>tokenOf(i)</c>.</summary>
    public static async Task<IReadOnlyList<HubConnection>> ConnectAsync(
        Target target, IReadOnlyList<string> sortieIds, int first, int count, Func<int, int> roomOf, Func<int, string> tokenOf, IRecordSink sink, CancellationToken ct)
    {
        var connections = new HubConnection[count];
        var done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = ConnectParallelism, CancellationToken = ct }, async (k, token) =>
        {
            var i = first + k;
            var connection = new HubConnection(i, roomOf(i), target.HubUri(tokenOf(i)), sink);
            await connection.ConnectAsync(token);
            await connection.JoinAsync(sortieIds[connection.Room], token);
            connections[k] = connection;
            var now = Interlocked.Increment(ref done);
            if (now % 250 == 0 || now == count)
            {
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {target.Name}: {first + now} connections joined in {clock.Elapsed.TotalSeconds:F0} s   "));
            }
        });
        Console.Error.WriteLine();
        return connections;
    }

    public async Task CloseAsync()
    {
        foreach (var chunk in Connections.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(connection => connection.DisposeAsync().AsTask()));
        }
    }
}
