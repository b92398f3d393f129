using System.Net;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Webhooks;

/// <summary>
/// The outbox across a SIGKILL, and several instances on one store: every event arrives, once, in order per chat.
/// The servers are child processes (see <see cref="ServerProcess"/>) on one SQLite file.
/// </summary>
public sealed class WebhookCrashAndInstancesTests : IAsyncLifetime
{
    private const int MessagesPerChat = 15;
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);
    private readonly WebhookReceiver receiver = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => receiver.DisposeAsync();

    [Fact]
    public async Task ReceiverDown_ServerKilledAndRestarted_DeliversEveryEventInOrderPerChat()
    {
        await using var server = await ServerProcess.StartAsync(Settings());
        var sorties = await SortiesAsync(server, count: 2);

        await SendAsync(server, sorties);
        await server.KillAsync();
        await server.StartAgainAsync();
        await receiver.StartAsync();

        await ShouldDeliverEverythingOnceInOrderAsync(sorties);
        var metrics = await WhenMetricsShowAsync(server, "sortiechat_webhooks_pending", "0");
        PrometheusText.Value(metrics, "sortiechat_webhooks_attempts_total", "outcome=\"delivered\"").Should().Be(receiver.Accepted.Count);
    }

    [Fact]
    public async Task TwoInstancesOnOneStore_DeliverEachStreamOnceInOrder()
    {
        // A slow receiver: both instances poll while a delivery is under way, and only the lease keeps the second out.
        receiver.Answer = (_, _) =>
        {
            Thread.Sleep(20);
            return HttpStatusCode.OK;
        };
        await receiver.StartAsync();
        await using var first = await ServerProcess.StartAsync(Settings());
        await using var second = await ServerProcess.StartAsync(Settings(), first.Directory);
        var sorties = await SortiesAsync(first, count: 3);

        await Task.WhenAll(SendAsync(first, sorties), SendAsync(second, sorties));

        await ShouldDeliverEverythingOnceInOrderAsync(sorties, messagesPerChat: 2 * MessagesPerChat);
    }

    /// <summary>The backlog gauge is counted every 2 s: ask until it shows <paramref name="value"/>.</summary>
    private static async Task<string> WhenMetricsShowAsync(ServerProcess server, string metric, string value)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Split('\n').Any(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.EndsWith(" " + value, StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            text = await http.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        }

        return text;
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Webhooks:Endpoints:0:Url"] = receiver.Url,
        ["Webhooks:Endpoints:0:Secret"] = WebhookReceiver.Secret,
        ["Webhooks:Delivery:FirstRetry"] = "00:00:00.200",
        ["Webhooks:Delivery:MaxRetryDelay"] = "00:00:01",
        ["Webhooks:Delivery:PollInterval"] = "00:00:00.100",
    };

    private static async Task<List<(string SortieId, string Token)>> SortiesAsync(ServerProcess server, int count)
    {
        var alice = await ProcessScenario.RegisterAsync(server, "Alice");
        var bob = await ProcessScenario.RegisterAsync(server, "Bob");
        var sorties = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            sorties.Add((await ProcessScenario.SortieWithMembersAsync(server, alice.Token, bob.Token), bob.Token));
        }

        return sorties;
    }

    /// <summary>Every chat at once, each one message after the other.</summary>
    private static Task SendAsync(ServerProcess server, List<(string SortieId, string Token)> sorties) =>
        Task.WhenAll(sorties.Select(async s =>
        {
            for (var i = 0; i < MessagesPerChat; i++)
            {
                await ProcessScenario.SendAsync(
                    server, s.Token, HttpMethod.Post, $"messages/sortie/{s.SortieId}", new { type = "text", content = $"m{i}" }, HttpStatusCode.Created);
            }
        }));

    private async Task ShouldDeliverEverythingOnceInOrderAsync(List<(string SortieId, string Token)> sorties, int messagesPerChat = MessagesPerChat)
    {
        // Per chat: the welcome message, the creator, Bob's request, acceptance, system message and membership, then the sends.
        var perChat = 6 + messagesPerChat;
        await receiver.WaitUntilAsync(_ => receiver.Accepted.Count >= sorties.Count * perChat, Within);
        await Task.Delay(500, TestContext.Current.CancellationToken); // room for a duplicate to show up, if one were sent

        var accepted = receiver.Accepted;
        accepted.Select(e => e.Str("id")).Should().OnlyHaveUniqueItems();
        accepted.Should().HaveCount(sorties.Count * perChat);
        foreach (var (sortieId, _) in sorties)
        {
            var seqs = accepted.Where(e => e.Str("type") == "message.created" && e["data"]!.Str("sortieId") == sortieId)
                .Select(e => e["data"]!.Long("seq")).ToList();
            seqs.Should().Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), "messages of one chat arrive in seq order");
            seqs.Should().HaveCount(2 + messagesPerChat);
        }
    }
}
