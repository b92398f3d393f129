using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Push;
using SortieChat.Api.Tests.Support;
using static SortieChat.Api.Tests.Support.ClusterScenario;

namespace SortieChat.Api.Tests.Scaling;

/// <summary>
/// Two server processes behind no balancer, one SQLite file and one real redis-server (<see cref="TwoInstances"/>):
/// what a client sees does not depend on the instance it happens to be connected to. The tests share the processes and
/// each makes its own users; the ones that stop Redis are <see cref="RedisLossTests"/>.
/// </summary>
public sealed class MultiInstanceTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    [Fact]
    public async Task MessageSentThroughB_ReachesAClientConnectedToA()
    {
        var cluster = fixture.Cluster;
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var bobOnA = await JoinedAsync(cluster.A, bob.Token, sortieId);

        var sent = await SendAsync(cluster.B, alice.Token, sortieId, "from B");

        var received = await bobOnA.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == sent);
        received.GetProperty("content").GetString().Should().Be("from B");
    }

    [Fact]
    public async Task Push_SkipsAMemberConnectedToTheOtherInstance_AndReachesAnOfflineOne()
    {
        var cluster = fixture.Cluster;
        await using var pushService = new FakePushService();
        await pushService.StartAsync();
        var alice = await ProcessScenario.RegisterAsync(cluster.A, "Alice");
        var bob = await ProcessScenario.RegisterAsync(cluster.A, "Bob");
        var carol = await ProcessScenario.RegisterAsync(cluster.A, "Carol");
        var sortieId = await ProcessScenario.SortieWithMembersAsync(cluster.A, alice.Token, bob.Token, carol.Token);
        using var bobsDevice = new PushKeys();
        using var carolsDevice = new PushKeys();
        // Through B, which sends the push: another instance's first subscription may take B up to 10 s to notice.
        await ProcessScenario.SendAsync(cluster.B, bob.Token, HttpMethod.Post, "users/me/push-subscriptions", bobsDevice.Body(pushService.EndpointFor("bob")), HttpStatusCode.Created);
        await ProcessScenario.SendAsync(cluster.B, carol.Token, HttpMethod.Post, "users/me/push-subscriptions", carolsDevice.Body(pushService.EndpointFor("carol")), HttpStatusCode.Created);
        await using var bobOnA = await JoinedAsync(cluster.A, bob.Token, sortieId);

        await SendAsync(cluster.B, alice.Token, sortieId, "through B");

        await pushService.WaitForAsync("carol", 1);
        await Task.Delay(500, TestContext.Current.CancellationToken); // the same dispatch pass on B decided Bob's
        pushService.For("bob").Should().BeEmpty("Bob is connected, to the other instance");
    }

    [Fact]
    public async Task OnlineUsers_OnEitherInstance_ListTheUnion()
    {
        var cluster = fixture.Cluster;
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
        var cluster = fixture.Cluster;
        var (alice, bob, sortieId) = await PairAsync(cluster.A);
        await using var aliceOnB = await JoinedAsync(cluster.B, alice.Token, sortieId);
        await using var bobOnB = await JoinedAsync(cluster.B, bob.Token, sortieId);

        await RemoveAsync(cluster.A, alice.Token, sortieId, bob.UserId);

        await bobOnB.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "removed");
        await aliceOnB.WaitForAsync("userLeftRoom", e => e.GetProperty("userId").GetString() == bob.UserId);
        var after = await SendAsync(cluster.B, alice.Token, sortieId, "after the removal, through B");
        await aliceOnB.WaitForAsync("receiveMessage", m => m.GetProperty("id").GetString() == after);
        bobOnB.All("receiveMessage").Should().NotContain(m => m.GetProperty("id").GetString() == after);
    }

    [Fact]
    public async Task UserDeactivatedOnA_LosesTheirConnectionOnB()
    {
        var cluster = fixture.Cluster;
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
        var cluster = fixture.Cluster;

        var ready = await HealthAsync(cluster.A, HttpStatusCode.OK);

        ready.GetProperty("status").GetString().Should().Be("Healthy");
        var entries = ready.GetProperty("entries");
        foreach (var name in new[] { "database", "redis", "media" })
        {
            entries.GetProperty(name).GetProperty("status").GetString().Should().Be("Healthy", name);
        }

        entries.GetProperty("media").GetProperty("data").GetProperty("provider").GetString().Should().Be("Local");
    }

}
