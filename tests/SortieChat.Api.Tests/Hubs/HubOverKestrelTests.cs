using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>The hub on a real Kestrel bound to 127.0.0.1 with a random port: WebSockets and the MessagePack protocol.</summary>
public sealed class HubOverKestrelTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();
    private Uri baseAddress = null!;
    private HttpClient http = null!;

    public ValueTask InitializeAsync()
    {
        baseAddress = factory.StartKestrel();
        http = new HttpClient { BaseAddress = baseAddress };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task TwoMembers_OverWebSockets_ExchangeAMessage()
    {
        var (aliceToken, bobToken, sortieId) = await TwoMembersAsync();
        await using var alice = await HubClient.ConnectOverWebSocketsAsync(baseAddress, aliceToken);
        await using var bob = await HubClient.ConnectOverWebSocketsAsync(baseAddress, bobToken);
        await alice.InvokeAsync("joinRoom", sortieId);
        await bob.InvokeAsync("joinRoom", sortieId);

        var stored = await bob.InvokeAsync("sendMessage", new { sortieId, type = "text", content = "over a real socket" });

        // The system message announcing Bob (seq 2) is broadcast after its commit and may reach Alice after she joined.
        var received = await alice.WaitForAsync("receiveMessage", m => m.GetProperty("seq").GetInt64() == 3);
        received.GetProperty("id").GetString().Should().Be(stored.GetProperty("id").GetString());
    }

    [Fact]
    public async Task MessagePack_JoinSendReceive_UsesTheCamelCaseContractAndStringEnums()
    {
        var (aliceToken, bobToken, sortieId) = await TwoMembersAsync();
        await using var alice = await ConnectMessagePackAsync(aliceToken);
        await using var bob = await ConnectMessagePackAsync(bobToken);
        var received = new TaskCompletionSource<Dictionary<object, object?>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Not the system message announcing Bob: broadcast after its commit, it may reach Alice after she joined.
        alice.On<Dictionary<object, object?>>("receiveMessage", message =>
        {
            if (Equals(message["content"], "packed"))
            {
                received.TrySetResult(message);
            }
        });

        var joined = await alice.InvokeAsync<Dictionary<object, object?>>("joinRoom", sortieId, TestContext.Current.CancellationToken);
        await bob.InvokeAsync<Dictionary<object, object?>>("joinRoom", sortieId, TestContext.Current.CancellationToken);
        var stored = await bob.InvokeAsync<Dictionary<object, object?>>(
            "sendMessage", new Dictionary<string, object?> { ["sortieId"] = sortieId, ["type"] = "text", ["content"] = "packed" }, TestContext.Current.CancellationToken);
        var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        joined.Keys.Should().BeEquivalentTo(new object[] { "sortieId", "chatId", "lastSeq", "messages", "changeSeq" });
        message["id"].Should().Be(stored["id"]);
        message["type"].Should().Be("text");
        message["content"].Should().Be("packed");
        message["senderId"].Should().NotBeNull();
        message.Keys.Should().Contain(["seq", "readBy", "isDeleted", "mediaUrl", "clientMessageId", "createdAt"]);
        message["mediaUrl"].Should().BeNull();
    }

    private async Task<HubConnection> ConnectMessagePackAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "chat"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddMessagePackProtocol()
            .Build();
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private async Task<(string Alice, string Bob, string SortieId)> TwoMembersAsync()
    {
        var alice = await RegisterAsync("Alice");
        var bob = await RegisterAsync("Bob");
        var sortie = await SendAsync(HttpMethod.Post, "/sorties", alice, new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 3 });
        var request = await SendAsync(HttpMethod.Post, $"/sorties/{sortie.Str("id")}/participations", bob, null);
        await SendAsync(HttpMethod.Patch, $"/participations/{request.Str("id")}/status", alice, new { status = "ACCEPTEE" });
        return (alice, bob, sortie.Str("id"));
    }

    private async Task<string> RegisterAsync(string name)
    {
        var response = await http.PostAsJsonAsync(
            "/auth/register", new { email = $"{name}.{Guid.NewGuid():N}@example.com", password = "correct horse battery", displayName = name }, TestContext.Current.CancellationToken);
        return (await response.ShouldBeAsync(HttpStatusCode.Created)).Str("accessToken");
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SendAsync(HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.ShouldBeAsync(response.StatusCode is HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
    }
}
