using System.Diagnostics;
using System.Text.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// One member of a room connected and not reading while 2,400 sends of about 5,000 characters go into that room
/// (issue step 8, DESIGN.md section 5): a reader who stops reading costs only themselves. The bounds below are
/// liveness bounds far from any measured time (the stall they catch waited for a 10 s transport timeout).
/// </summary>
public sealed class SlowReaderTests
{
    private const int Sends = 2400;
    private const int Senders = 8;
    private static readonly string Content = new('x', 4990);

    [Fact]
    public async Task StuckReader_DoesNotDelayAcknowledgements_InItsRoomOrElsewhere()
    {
        // Our own drop is off here, so only acknowledgements that never wait on fan-out can pass.
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["Hub:SlowClientBufferKiB"] = "1048576" });
        var (alice, bob, carol) = (await UserAsync(server, "Alice"), await UserAsync(server, "Bob"), await UserAsync(server, "Carol"));
        var room = await ProcessScenario.SortieWithMembersAsync(server, alice, bob, carol);
        var elsewhere = await ProcessScenario.SortieWithMembersAsync(server, bob);
        await using var stuck = await StuckReader.JoinAsync(server.BaseAddress, carol, room);
        await using var aliceHub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, alice);
        await using var bobHub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, bob);
        await aliceHub.InvokeAsync("joinRoom", room);
        await bobHub.InvokeAsync("joinRoom", elsewhere);

        var inRoom = SendManyAsync(aliceHub, room, Sends);
        var other = SendManyAsync(bobHub, elsewhere, Sends / 10);
        var (roomAcks, otherAcks) = (await inRoom, await other);

        roomAcks.Should().HaveCount(Sends);
        roomAcks.Max().Should().BeLessThan(TimeSpan.FromSeconds(3), server.Output);
        Percentile(otherAcks, 0.95).Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task StuckReader_IsDropped_WhileTheOthersReceiveEverythingInOrder()
    {
        await using var server = await ServerProcess.StartAsync();
        var (alice, bob) = (await UserAsync(server, "Alice"), await UserAsync(server, "Bob"));
        var (carolId, carol) = await ProcessScenario.RegisterAsync(server, "Carol");
        var room = await ProcessScenario.SortieWithMembersAsync(server, alice, bob, carol);
        await using var stuck = await StuckReader.JoinAsync(server.BaseAddress, carol, room);
        await using var aliceHub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, alice);
        await using var bobHub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, bob);
        await aliceHub.InvokeAsync("joinRoom", room);
        await bobHub.InvokeAsync("joinRoom", room);

        var acks = await SendManyAsync(aliceHub, room, Sends);
        var closedWithin = Stopwatch.StartNew();
        while (!stuck.Closed && closedWithin.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        acks.Max().Should().BeLessThan(TimeSpan.FromSeconds(3));
        stuck.Closed.Should().BeTrue("a connection that stops reading is closed, even though it keeps sending pings");
        var online = await aliceHub.InvokeAsync("getOnlineUsers", room);
        online.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).Should().NotContain(carolId, "Carol's dropped connection left the room");
        var seqs = await ReceivedSeqsAsync(bobHub, Sends);
        seqs.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems().And.HaveCount(Sends);
    }

    private static async Task<string> UserAsync(ServerProcess server, string name) => (await ProcessScenario.RegisterAsync(server, name)).Token;

    /// <summary>Sends from a few concurrent loops; returns each acknowledgement's latency.</summary>
    private static async Task<List<TimeSpan>> SendManyAsync(HubClient client, string sortieId, int count)
    {
        var latencies = new List<TimeSpan>();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var n && n <= count)
            {
                var watch = Stopwatch.StartNew();
                await client.InvokeAsync("sendMessage", new { sortieId, type = "text", content = Content, clientMessageId = $"m{n}" });
                lock (latencies)
                {
                    latencies.Add(watch.Elapsed);
                }
            }
        }));
        return latencies;
    }

    private static async Task<List<long>> ReceivedSeqsAsync(HubClient client, int count)
    {
        var deadline = Stopwatch.StartNew();
        while (client.All("receiveMessage").Count < count && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return [.. client.All("receiveMessage").Select(m => m.GetProperty("seq").GetInt64())];
    }

    private static TimeSpan Percentile(List<TimeSpan> values, double rank) =>
        values.Order().ElementAt((int)Math.Ceiling(rank * values.Count) - 1);
}
