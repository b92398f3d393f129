using System.Net;
using SortieChat.Api.Tests.Support;
using static SortieChat.Api.Tests.Support.ClusterScenario;

namespace SortieChat.Api.Tests.Scaling;

/// <summary>
/// Redis killed (SIGKILL by pid) and started again under two server processes (<see cref="TwoInstances"/>): each
/// instance keeps serving its own clients, readiness degrades without failing, and on Redis's return nothing is lost.
/// </summary>
public sealed class RedisLossTests
{
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
        bobOnA.All("notification").Count(n => n.GetProperty("kind").GetString() == "resync").Should().Be(1, "one interruption, one resync");
        (await WaitForHealthAsync(cluster.A, "Healthy")).GetProperty("entries").GetProperty("redis").GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task MemberRemovedOnAWhileRedisIsAway_IsEvictedOnBWhenItReturns()
    {
        await using var cluster = await TwoInstances.StartAsync();
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var aliceOnB = await JoinedAsync(cluster.B, alice.Token, sortieId);
        await using var bobOnB = await JoinedAsync(cluster.B, bob.Token, sortieId);
        await cluster.Redis.KillAsync();
        await WaitForHealthAsync(cluster.A, "Degraded");

        await RemoveAsync(cluster.A, alice.Token, sortieId, bob.UserId);
        await cluster.Redis.StartAgainAsync();

        await bobOnB.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "resync", seconds: 30);
        var after = await SendAsync(cluster.B, alice.Token, sortieId, "after Redis came back, through B");
        await aliceOnB.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == after);
        bobOnB.All("receiveMessage").Should().NotContain(m => m.GetProperty("id").GetString() == after);
    }
}
