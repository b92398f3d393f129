using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Scaling;

/// <summary>
/// Two server processes behind no balancer, one SQLite file and one real redis-server (<see cref="TwoInstances"/>):
/// what a client sees does not depend on the instance it happens to be connected to.
/// </summary>
public sealed class MultiInstanceTests
{
    [Fact]
    public async Task MessageSentThroughB_ReachesAClientConnectedToA()
    {
        await using var cluster = await TwoInstances.StartAsync();
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var bobOnA = await JoinedAsync(cluster.A, bob.Token, sortieId);

        var sent = await SendAsync(cluster.B, alice.Token, sortieId, "from B");

        var received = await bobOnA.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == sent);
        received.GetProperty("content").GetString().Should().Be("from B");
    }

    [Fact]
    public async Task OnlineUsers_OnEitherInstance_ListTheUnion()
    {
        await using var cluster = await TwoInstances.StartAsync();
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var aliceOnA = await JoinedAsync(cluster.A, alice.Token, sortieId);
        await using var bobOnB = await JoinedAsync(cluster.B, bob.Token, sortieId);

        var fromA = await aliceOnA.InvokeAsync("getOnlineUsers", sortieId);
        var fromB = await bobOnB.InvokeAsync("getOnlineUsers", sortieId);

        UserIds(fromA).Should().BeEquivalentTo([alice.UserId, bob.UserId]);
        UserIds(fromB).Should().BeEquivalentTo([alice.UserId, bob.UserId]);
        fromA.GetProperty("count").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task MemberRemovedOnA_IsEvictedFromTheRoomOnB()
    {
        await using var cluster = await TwoInstances.StartAsync();
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var aliceOnB = await JoinedAsync(cluster.B, alice.Token, sortieId);
        await using var bobOnB = await JoinedAsync(cluster.B, bob.Token, sortieId);
        var participations = await ProcessScenario.SendAsync(cluster.A, alice.Token, HttpMethod.Get, $"sorties/{sortieId}/participations", null, HttpStatusCode.OK);
        var bobsRequest = participations.AsArray().Single(p => p!["userId"]!.GetValue<string>() == bob.UserId)!["id"]!.GetValue<string>();

        await ProcessScenario.SendAsync(cluster.A, alice.Token, HttpMethod.Patch, $"participations/{bobsRequest}/status", new { status = "REFUSEE" }, HttpStatusCode.OK);

        await bobOnB.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "removed");
        await aliceOnB.WaitForAsync("userLeftRoom", e => e.GetProperty("userId").GetString() == bob.UserId);
        var after = await SendAsync(cluster.B, alice.Token, sortieId, "after the removal, through B");
        await aliceOnB.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == after);
        bobOnB.All("receiveMessage").Should().NotContain(m => m.GetProperty("id").GetString() == after);
    }

    [Fact]
    public async Task UserDeactivatedOnA_LosesTheirConnectionOnB()
    {
        await using var cluster = await TwoInstances.StartAsync();
        var (_, bob, sortieId) = await PairAsync(cluster.A);
        await using var bobOnB = await JoinedAsync(cluster.B, bob.Token, sortieId);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bobOnB.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await ProcessScenario.SendAsync(cluster.A, bob.Token, HttpMethod.Delete, "users/me", null, HttpStatusCode.NoContent);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        bobOnB.Connection.State.Should().Be(HubConnectionState.Disconnected);
    }

    [Fact]
    public async Task Ready_WithRedis_ReportsEachDependency()
    {
        await using var cluster = await TwoInstances.StartAsync();

        var ready = await HealthAsync(cluster.A, HttpStatusCode.OK);

        ready.GetProperty("status").GetString().Should().Be("Healthy");
        var entries = ready.GetProperty("entries");
        foreach (var name in new[] { "database", "redis", "media" })
        {
            entries.GetProperty(name).GetProperty("status").GetString().Should().Be("Healthy", name);
        }

        entries.GetProperty("media").GetProperty("data").GetProperty("provider").GetString().Should().Be("Local");
    }

    [Fact]
    public async Task RedisKilledAndRestarted_LosesNoMessage_AndClientsAreToldToResync()
    {
        await using var cluster = await TwoInstances.StartAsync();
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var bobOnA = await JoinedAsync(cluster.A, bob.Token, sortieId);
        await using var aliceOnB = await JoinedAsync(cluster.B, alice.Token, sortieId);
        var before = await SendAsync(cluster.B, alice.Token, sortieId, "before");
        await bobOnA.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == before);

        await cluster.Redis.KillAsync();
        var degraded = await WaitForHealthAsync(cluster.A, "Degraded");
        degraded.GetProperty("entries").GetProperty("redis").GetProperty("status").GetString().Should().Be("Degraded");
        degraded.GetProperty("entries").GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
        var during = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            during.Add(await SendAsync(cluster.B, alice.Token, sortieId, $"during {i}"));
        }

        // B still serves its own clients while Redis is away.
        await aliceOnB.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == during[^1]);

        await cluster.Redis.StartAgainAsync();
        var resync = await bobOnA.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "resync", seconds: 30);
        resync.GetProperty("sortieId").GetString().Should().Be(sortieId);
        await aliceOnB.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "resync", seconds: 30);
        var lastSeen = bobOnA.All("receiveMessage").Max(m => m.GetProperty("seq").GetInt64());
        var missed = await ProcessScenario.SendAsync(cluster.A, bob.Token, HttpMethod.Get, $"messages/chat/{ChatIdOf(bobOnA)}?afterSeq={lastSeen}", null, HttpStatusCode.OK);
        missed["items"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).Should().Equal(during);

        var after = await SendAsync(cluster.B, alice.Token, sortieId, "after");
        await bobOnA.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == after);
        (await WaitForHealthAsync(cluster.A, "Healthy")).GetProperty("entries").GetProperty("redis").GetProperty("status").GetString().Should().Be("Healthy");
    }

    private static async Task<((string UserId, string Token) Alice, (string UserId, string Token) Bob, string SortieId)> PairAsync(ServerProcess server)
    {
        var alice = await ProcessScenario.RegisterAsync(server, "Alice");
        var bob = await ProcessScenario.RegisterAsync(server, "Bob");
        var sortieId = await ProcessScenario.SortieWithMembersAsync(server, alice.Token, bob.Token);
        return (alice, bob, sortieId);
    }

    private static async Task<HubClient> JoinedAsync(ServerProcess server, string token, string sortieId)
    {
        var client = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, token);
        await client.InvokeAsync("joinRoom", sortieId);
        return client;
    }

    private static async Task<string> SendAsync(ServerProcess server, string token, string sortieId, string content)
    {
        var message = await ProcessScenario.SendAsync(
            server, token, HttpMethod.Post, $"messages/sortie/{sortieId}", new { type = "text", content }, HttpStatusCode.Created);
        return message.Str("id");
    }

    private static string ChatIdOf(HubClient client) => client.All("joinedRoom")[0].GetProperty("chatId").GetString()!;

    private static IEnumerable<string> UserIds(JsonElement online) => online.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!);

    private static async Task<JsonElement> HealthAsync(ServerProcess server, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await http.GetAsync("health/ready", TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(expected);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>Readiness answers 200 throughout: a lost Redis degrades it, never fails it.</summary>
    private static async Task<JsonElement> WaitForHealthAsync(ServerProcess server, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ready = await HealthAsync(server, HttpStatusCode.OK);
            if (ready.GetProperty("status").GetString() == status || DateTime.UtcNow > deadline)
            {
                ready.GetProperty("status").GetString().Should().Be(status);
                return ready;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
