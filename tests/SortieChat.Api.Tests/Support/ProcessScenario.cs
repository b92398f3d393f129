using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SortieChat.Api.Tests.Support;

/// <summary>Users and sorties set up over HTTP on a <see cref="ServerProcess"/>.</summary>
public static class ProcessScenario
{
    public static async Task<(string UserId, string Token)> RegisterAsync(ServerProcess server, string name)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await http.PostAsJsonAsync(
            "auth/register",
            new { email = $"{name.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com", password = "correct horse battery", displayName = name },
            TestContext.Current.CancellationToken);
        var body = await response.ShouldBeAsync(HttpStatusCode.Created);
        return (body.Str("userId"), body.Str("accessToken"));
    }

    /// <summary>A sortie created by <paramref name="creatorToken"/> with every other token accepted into it; returns its id.</summary>
    public static async Task<string> SortieWithMembersAsync(ServerProcess server, string creatorToken, params string[] memberTokens)
    {
        var sortie = await SendAsync(server, creatorToken, HttpMethod.Post, "sorties",
            new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 1000 }, HttpStatusCode.Created);
        var sortieId = sortie.Str("id");
        foreach (var member in memberTokens)
        {
            var request = await SendAsync(server, member, HttpMethod.Post, $"sorties/{sortieId}/participations", null, HttpStatusCode.Created);
            await SendAsync(server, creatorToken, HttpMethod.Patch, $"participations/{request.Str("id")}/status", new { status = "ACCEPTEE" }, HttpStatusCode.OK);
        }

        return sortieId;
    }

    public static async Task<JsonNode> SendAsync(ServerProcess server, string token, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.ShouldBeAsync(expected);
    }
}
