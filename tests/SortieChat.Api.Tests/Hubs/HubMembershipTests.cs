using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>Who may connect, who stays in a room, and how a client catches up after being away.</summary>
public sealed class HubMembershipTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Connect_WithoutAValidToken_IsRefused(string? token)
    {
        var connect = () => HubClient.ConnectAsync(scenario.Factory, token!);

        await connect.Should().ThrowAsync<HttpRequestException>().Where(e => e.StatusCode == HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RemovedMember_ReceivesNothingMoreOnAnyConnectionAndCannotRejoin()
    {
        await using var alice = await HubClient.ConnectAsync(scenario.Factory, scenario.Alice.Token);
        await using var bobsLaptop = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        await using var bobsPhone = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        foreach (var client in new[] { alice, bobsLaptop, bobsPhone })
        {
            await client.InvokeAsync("joinRoom", scenario.SortieId);
        }

        await (await scenario.Alice.PatchAsync($"/participations/{scenario.BobsParticipationId}/status", new { status = "REFUSEE" }))
            .ShouldBeAsync(HttpStatusCode.OK);
        await bobsLaptop.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "removed");
        await bobsPhone.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "removed");
        var before = bobsLaptop.All("receiveMessage").Count + bobsPhone.All("receiveMessage").Count;
        for (var i = 0; i < 5; i++)
        {
            await alice.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = $"after the removal {i}" });
        }

        // Alice's own copy of the last message proves the broadcasts went out before we look at Bob's connections.
        await alice.WaitForAsync("receiveMessage", m => m.GetProperty("content").GetString() == "after the removal 4");
        (bobsLaptop.All("receiveMessage").Count + bobsPhone.All("receiveMessage").Count).Should().Be(before);
        var rejoin = () => bobsPhone.InvokeAsync("joinRoom", scenario.SortieId);
        (await rejoin.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("not_a_member: ");
        (await alice.WaitForAsync("userLeftRoom")).GetProperty("userId").GetString().Should().Be(scenario.Bob.Id);
    }

    [Fact]
    public async Task Reconnect_AfterMissingTwentyMessages_CatchesUpEverySeqOnceInOrder()
    {
        await using var alice = await HubClient.ConnectAsync(scenario.Factory, scenario.Alice.Token);
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        var bob = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        var joined = await bob.InvokeAsync("joinRoom", scenario.SortieId);
        var seen = joined.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("seq").GetInt64()).ToList();
        await alice.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "while Bob is here" });
        // The room is entered before the snapshot is read, so an earlier message (Bob's own join notice) may also come
        // live (DESIGN.md section 5: clients keep one message per seq): wait for the one sent while he is here.
        seen.Add((await bob.WaitForAsync("receiveMessage", m => m.GetProperty("content").GetString() == "while Bob is here"))
            .GetProperty("seq").GetInt64());
        await bob.DisposeAsync();

        for (var i = 0; i < 20; i++)
        {
            await alice.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = $"missed {i}" });
        }

        await using var back = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        await back.InvokeAsync("joinRoom", scenario.SortieId);
        var page = await scenario.Bob.GetJsonAsync($"/messages/chat/{scenario.ChatId}?afterSeq={seen.Max()}&limit=100");
        seen.AddRange(page["items"]!.AsArray().Select(m => m!.Long("seq")));

        seen.Should().Equal(Enumerable.Range(1, 23).Select(i => (long)i));
        page["hasMore"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Deactivation_ClosesTheUsersLiveConnectionsAtOnce()
    {
        await using var bob = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bob.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        (await scenario.Bob.DeleteAsync("/users/me")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        bob.Connection.State.Should().Be(HubConnectionState.Disconnected);
    }

    [Fact]
    public async Task SendMessage_OverTheSendLimit_FailsWithRateLimited()
    {
        await using var limited = new ApiFactory(scenario.Factory.Directory) { KeepDirectory = true };
        await using var strict = limited.With(("RateLimits:SendsPerSecond", "2"));
        using var http = strict.CreateClient();
        var login = await (await http.PostAsJsonAsync("/auth/login", new { email = scenario.Bob.Email, password = "correct horse battery" }, TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.OK);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(strict.Server.BaseAddress, "chat"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => strict.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(login.Str("accessToken"));
            })
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);

        // Eight sends at once are counted within milliseconds: at most two one-second windows, so at most four pass.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await connection.InvokeAsync<object>("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = $"burst {i}" }, TestContext.Current.CancellationToken);
                return "sent";
            }
            catch (HubException exception) when (exception.Message.Contains("HubException: rate_limited: ", StringComparison.Ordinal))
            {
                return "rate_limited";
            }
        }));

        await connection.DisposeAsync();
        outcomes.Count(o => o == "rate_limited").Should().BeGreaterThanOrEqualTo(4);
    }
}
