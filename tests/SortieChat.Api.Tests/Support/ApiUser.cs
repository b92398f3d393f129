using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SortieChat.Api.Tests.Support;

/// <summary>A registered user with an HTTP client that carries their token.</summary>
public sealed class ApiUser(string id, string email, string token, HttpClient client) : IDisposable
{
    public const string Password = "correct horse battery";

    public string Id { get; } = id;

    public string Email { get; } = email;

    public string Token { get; } = token;

    public HttpClient Client { get; } = client;

    public static async Task<ApiUser> RegisterAsync(ApiFactory factory, string name)
    {
        var client = factory.CreateClient();
        var email = $"{name.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        var response = await client.PostAsJsonAsync(
            "/auth/register", new { email, password = Password, displayName = name }, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        var token = body["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiUser(body["userId"]!.GetValue<string>(), email, token, client);
    }

    /// <summary>Puts this user's token on a request sent through another client.</summary>
    public void Authorize(HttpRequestMessage request) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> DeleteAsync(string path) => Client.DeleteAsync(path, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        body is null
            ? Client.PostAsync(path, null, TestContext.Current.CancellationToken)
            : Client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PutAsync(string path) => Client.PutAsync(path, null, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> PatchAsync(string path, object body) =>
        Client.PatchAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    /// <summary>Sends raw text as the JSON body, for malformed input.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string json) =>
        Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public async Task<JsonNode> GetJsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await GetAsync(path);
        return await response.ShouldBeAsync(expected);
    }

    public void Dispose() => Client.Dispose();
}

public static class HttpAssertions
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    /// <summary>Asserts the status (showing the body when it differs) and returns the JSON body.</summary>
    public static async Task<JsonNode> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(expected, text);
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts problem details with the status and the stable code; returns them.</summary>
    public static async Task<JsonNode> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.ShouldBeAsync(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["code"]!.GetValue<string>().Should().Be(code, problem.ToJsonString());
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        problem["title"].Should().NotBeNull();
        problem["detail"].Should().NotBeNull();
        return problem;
    }

    public static string Str(this JsonNode node, string property) => node[property]!.GetValue<string>();

    public static long Long(this JsonNode node, string property) => node[property]!.GetValue<long>();
}
