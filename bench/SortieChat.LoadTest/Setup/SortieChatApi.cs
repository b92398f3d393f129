using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SortieChat.LoadTest.Setup;

/// <summary>The four REST calls that build a population on the real server (DESIGN.md section 4).</summary>
internal sealed class SortieChatApi(Uri baseUri) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };

    public async Task<BenchUser> RegisterAsync(string email, string displayName, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/auth/register", new { email, password = BenchUser.Password, displayName }, Json, ct);
        var body = await ReadAsync(response, ct);
        return new BenchUser(email, body.GetProperty("userId").GetString()!, body.GetProperty("accessToken").GetString()!);
    }

    public async Task<string> CreateSortieAsync(BenchUser creator, string title, int maxParticipants, CancellationToken ct)
    {
        var sortie = new
        {
            title,
            description = "load test room",
            startsAt = DateTimeOffset.UtcNow.AddDays(30).ToString("O"),
            location = (object?)null,
            maxParticipants,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sorties") { Content = JsonContent.Create(sortie, options: Json) };
        var body = await SendAsync(request, creator, ct);
        return body.GetProperty("id").GetString()!;
    }

    /// <summary>The joiner asks, the creator accepts: the joiner becomes a member of the chat.</summary>
    public async Task AddMemberAsync(string sortieId, BenchUser creator, BenchUser joiner, CancellationToken ct)
    {
        using var ask = new HttpRequestMessage(HttpMethod.Post, $"/sorties/{sortieId}/participations");
        var participation = await SendAsync(ask, joiner, ct);
        var id = participation.GetProperty("id").GetString();
        using var accept = new HttpRequestMessage(HttpMethod.Patch, $"/participations/{id}/status")
        {
            Content = JsonContent.Create(new { status = "ACCEPTEE" }, options: Json),
        };
        await SendAsync(accept, creator, ct);
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, BenchUser caller, CancellationToken ct)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.AccessToken);
        using var response = await _http.SendAsync(request, ct);
        return await ReadAsync(response, ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
