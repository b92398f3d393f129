using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Reliability;

/// <summary>
/// Durable before acknowledged, proven by SIGKILL: the server runs as a child process on a temporary SQLite file,
/// clients send as fast as they can, the process is killed mid-stream and restarted on the same file.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Senders = 4;

    [Fact]
    public async Task KilledMidStream_KeepsEveryAcknowledgedMessage_AndRetriesLandExactlyOnce()
    {
        await using var server = await ServerProcess.StartAsync();
        var tokens = new List<string>();
        for (var i = 0; i <= Senders; i++)
        {
            tokens.Add((await ProcessScenario.RegisterAsync(server, $"User{i}")).Token);
        }

        var sortieId = await ProcessScenario.SortieWithMembersAsync(server, tokens[0], [.. tokens.Skip(1)]);
        var acknowledged = new ConcurrentDictionary<string, long>();
        var unacknowledged = new ConcurrentBag<(string Token, string ClientMessageId)>();
        using var killed = new CancellationTokenSource();

        var sending = Enumerable.Range(1, Senders)
            .Select(sender => SendUntilFailureAsync(server, tokens[sender], sortieId, $"s{sender}", acknowledged, unacknowledged, killed.Token))
            .ToList();
        while (acknowledged.Count < 300)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        await server.KillAsync();
        await killed.CancelAsync();
        await Task.WhenAll(sending);
        await server.StartAgainAsync();

        var afterRestart = await HistoryAsync(server, tokens[0], sortieId);
        afterRestart.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, afterRestart.Count).Select(i => (long)i), "seqs are contiguous from 1");
        var stored = afterRestart.Where(m => m.ClientMessageId is not null).ToDictionary(m => m.ClientMessageId!, m => m.Seq);
        stored.Should().ContainKeys(acknowledged.Keys, "every acknowledged message survived the kill");
        foreach (var (clientMessageId, seq) in acknowledged)
        {
            stored[clientMessageId].Should().Be(seq);
        }

        foreach (var (token, clientMessageId) in unacknowledged)
        {
            var response = await PostAsync(server, token, sortieId, clientMessageId, CancellationToken.None);
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        }

        var final = await HistoryAsync(server, tokens[0], sortieId);
        final.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, final.Count).Select(i => (long)i));
        var ids = final.Where(m => m.ClientMessageId is not null).Select(m => m.ClientMessageId!).ToList();
        ids.Should().OnlyHaveUniqueItems("a retried send lands once");
        ids.Should().Contain(acknowledged.Keys).And.Contain(unacknowledged.Select(u => u.ClientMessageId));
    }

    private static async Task SendUntilFailureAsync(
        ServerProcess server, string token, string sortieId, string prefix,
        ConcurrentDictionary<string, long> acknowledged, ConcurrentBag<(string, string)> unacknowledged, CancellationToken killed)
    {
        for (var n = 1; ; n++)
        {
            var clientMessageId = $"{prefix}-{n}";
            try
            {
                var response = await PostAsync(server, token, sortieId, clientMessageId, killed);
                var body = await response.ShouldBeAsync(HttpStatusCode.Created);
                acknowledged[clientMessageId] = body.Long("seq");
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
            {
                // The server died under this send: it may or may not be stored; the client retries it later.
                unacknowledged.Add((token, clientMessageId));
                return;
            }
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(ServerProcess server, string token, string sortieId, string clientMessageId, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.PostAsJsonAsync(
            $"messages/sortie/{sortieId}", new { type = "text", content = $"message {clientMessageId}", clientMessageId }, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }

    private static async Task<List<(long Seq, string? ClientMessageId)>> HistoryAsync(ServerProcess server, string token, string sortieId)
    {
        var messages = new List<(long, string?)>();
        var afterSeq = 0L;
        while (true)
        {
            var page = await ProcessScenario.SendAsync(server, token, HttpMethod.Get, $"messages/sortie/{sortieId}?afterSeq={afterSeq}&limit=100", null, HttpStatusCode.OK);
            var items = page["items"]!.AsArray();
            foreach (var item in items)
            {
                messages.Add((item!.Long("seq"), item!["clientMessageId"]?.GetValue<string>()));
            }

            if (!page["hasMore"]!.GetValue<bool>() || messages.Count == 0)
            {
                return messages;
            }

            afterSeq = messages[^1].Item1;
        }
    }
}
