using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Reliability;

/// <summary>
/// Clients dropped and reconnected while others keep sending end with every seq exactly once, doing what DESIGN.md
/// section 5 tells clients to do: join again, then fetch afterSeq from the last seq seen, keeping one message per seq.
/// </summary>
public sealed class ReconnectUnderLoadTests
{
    private const int MessagesPerSender = 150;

    [Fact]
    public async Task DroppedReaders_AfterRejoiningAndCatchingUp_HaveEverySeqExactlyOnce()
    {
        await using var server = await ServerProcess.StartAsync();
        var users = new List<(string Id, string Token)>();
        for (var i = 0; i < 5; i++)
        {
            users.Add(await ProcessScenario.RegisterAsync(server, $"User{i}"));
        }

        var sortieId = await ProcessScenario.SortieWithMembersAsync(server, users[0].Token, [.. users.Skip(1).Select(u => u.Token)]);
        var readers = users.Skip(2).Select(u => new Reader(server, u.Token, sortieId)).ToList();
        foreach (var reader in readers)
        {
            await reader.ConnectAsync();
        }

        var sending = users.Take(2).Select(sender => SendAsync(server, sender.Token, sortieId)).ToList();
        var dropping = readers.Select(reader => reader.DropAndReconnectWhileAsync(Task.WhenAll(sending))).ToList();
        await Task.WhenAll(sending);
        await Task.WhenAll(dropping);

        var lastSeq = (await ProcessScenario.SendAsync(server, users[0].Token, HttpMethod.Get, $"chats/sortie/{sortieId}", null, HttpStatusCode.OK)).Long("lastSeq");
        lastSeq.Should().Be(2 + 3 + 2 * MessagesPerSender, "the welcome, four arrivals and every send");
        foreach (var reader in readers)
        {
            await reader.CatchUpAsync();
            reader.Reconnections.Should().BeGreaterThan(0);
            reader.Conflicts.Should().BeEmpty();
            reader.Seqs.Should().Equal(Enumerable.Range(1, (int)lastSeq).Select(i => (long)i), "one message per seq, none missing");
            await reader.DisposeAsync();
        }
    }

    private static async Task SendAsync(ServerProcess server, string token, string sortieId)
    {
        await using var hub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, token);
        for (var n = 0; n < MessagesPerSender; n++)
        {
            await hub.InvokeAsync("sendMessage", new { sortieId, type = "text", content = $"message {n}", clientMessageId = Guid.NewGuid().ToString("N") });
        }
    }

    /// <summary>A client that keeps one message per seq, from live events, joinRoom snapshots and afterSeq catch-ups.</summary>
    private sealed class Reader(ServerProcess server, string token, string sortieId) : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<long, string> bySeq = new();
        private HubClient? hub;

        public int Reconnections { get; private set; }

        /// <summary>Seqs seen with two different message ids: must stay empty.</summary>
        public ConcurrentBag<long> Conflicts { get; } = [];

        public IReadOnlyList<long> Seqs => [.. bySeq.Keys.Order()];

        public async Task ConnectAsync()
        {
            hub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, token);
            hub.Connection.On<JsonElement>("receiveMessage", message => Keep(message));
            var snapshot = await hub.InvokeAsync("joinRoom", sortieId);
            foreach (var message in snapshot.GetProperty("messages").EnumerateArray())
            {
                Keep(message);
            }

            await CatchUpAsync();
        }

        public async Task DropAndReconnectWhileAsync(Task running)
        {
            while (!running.IsCompleted)
            {
                await Task.Delay(Random.Shared.Next(150, 400));
                await hub!.DisposeAsync();
                await Task.Delay(Random.Shared.Next(50, 200));
                await ConnectAsync();
                Reconnections++;
            }
        }

        /// <summary>GET afterSeq from the last seq seen without a gap before it, page by page.</summary>
        public async Task CatchUpAsync()
        {
            var hasMore = true;
            while (hasMore)
            {
                var after = 0L;
                while (bySeq.ContainsKey(after + 1))
                {
                    after++;
                }

                var page = await ProcessScenario.SendAsync(server, token, HttpMethod.Get, $"messages/sortie/{sortieId}?afterSeq={after}&limit=100", null, HttpStatusCode.OK);
                foreach (var item in page["items"]!.AsArray())
                {
                    Keep(item!.Long("seq"), item!.Str("id"));
                }

                hasMore = page["hasMore"]!.GetValue<bool>();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (hub is not null)
            {
                await hub.DisposeAsync();
            }
        }

        private void Keep(JsonElement message) => Keep(message.GetProperty("seq").GetInt64(), message.GetProperty("id").GetString()!);

        private void Keep(long seq, string id)
        {
            if (bySeq.GetOrAdd(seq, id) != id)
            {
                Conflicts.Add(seq);
            }
        }
    }
}
