using System.Net;
using System.Text.Json;
using SortieChat.Api.Tests.Hubs;

namespace SortieChat.Api.Tests.Support;

/// <summary>Users, rooms, sends and readiness on the server processes of <see cref="TwoInstances"/>.</summary>
internal static class ClusterScenario
{
    public static async Task RemoveAsync(ServerProcess server, string creatorToken, string sortieId, string userId)
    {
        var participations = await ProcessScenario.SendAsync(server, creatorToken, HttpMethod.Get, $"sorties/{sortieId}/participations", null, HttpStatusCode.OK);
        var request = participations.AsArray().Single(p => p!["userId"]!.GetValue<string>() == userId)!["id"]!.GetValue<string>();
        await ProcessScenario.SendAsync(server, creatorToken, HttpMethod.Patch, $"participations/{request}/status", new { status = "REFUSEE" }, HttpStatusCode.OK);
    }

    public static async Task<((string UserId, string Token) Alice, (string UserId, string Token) Bob, string SortieId)> PairAsync(ServerProcess server)
    {
        var alice = await ProcessScenario.RegisterAsync(server, "Alice");
        var bob = await ProcessScenario.RegisterAsync(server, "Bob");
        var sortieId = await ProcessScenario.SortieWithMembersAsync(server, alice.Token, bob.Token);
        return (alice, bob, sortieId);
    }

    public static async Task<HubClient> JoinedAsync(ServerProcess server, string token, string sortieId)
    {
        var client = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, token);
        await client.InvokeAsync("joinRoom", sortieId);
        return client;
    }

    public static async Task<string> SendAsync(ServerProcess server, string token, string sortieId, string content)
    {
        var message = await ProcessScenario.SendAsync(
            server, token, HttpMethod.Post, $"messages/sortie/{sortieId}", new { type = "text", content }, HttpStatusCode.Created);
        return message.Str("id");
    }

    public static string ChatIdOf(HubClient client) => client.All("joinedRoom")[0].GetProperty("chatId").GetString()!;

    public static IEnumerable<string> UserIds(JsonElement online) => online.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!);

    public static async Task<JsonElement> HealthAsync(ServerProcess server, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await http.GetAsync("health/ready", TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(expected);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>Readiness answers 200 throughout: a lost Redis degrades it, never fails it.</summary>
    public static async Task<JsonElement> WaitForHealthAsync(ServerProcess server, string status)
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
