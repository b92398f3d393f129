using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SortieChat.Api.Tests.Webhooks;

/// <summary>
/// A webhook receiver on a real Kestrel at 127.0.0.1: records every request and answers what <see cref="Answer"/>
/// says for it. It can be stopped (the receiver is down) and started again on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Secret = "whsec-test-secret";
    private readonly List<ReceivedWebhook> received = [];
    private WebApplication? app;

    public WebhookReceiver() => Port = FreePort();

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks";

    /// <summary>The status to answer for a request, given how many requests came before it and its envelope.</summary>
    public Func<int, JsonNode, HttpStatusCode> Answer { get; set; } = (_, _) => HttpStatusCode.OK;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>The envelopes answered with a 2xx, in the order they arrived.</summary>
    public IReadOnlyList<JsonNode> Accepted => [.. Received.Where(r => (int)r.Answered is >= 200 and < 300).Select(r => r.Envelope)];

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        app = builder.Build();
        app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var envelope = JsonNode.Parse(body)!;
            HttpStatusCode status;
            lock (received)
            {
                status = Answer(received.Count, envelope);
                received.Add(new ReceivedWebhook(request.Headers["SortieChat-Signature"].ToString(), body, envelope, status));
            }

            return Results.StatusCode((int)status);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
    }

    public async Task StopAsync()
    {
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            app = null;
        }
    }

    public async Task<IReadOnlyList<ReceivedWebhook>> WaitUntilAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!done(Received))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"The receiver got {Received.Count} requests, not what the test waits for: {string.Join(", ", Received.Select(r => r.Type))}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return Received;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    /// <summary>What a receiver does (docs/webhooks.md): recompute HMAC-SHA256 of "t.body" with the secret and compare.</summary>
    public static bool Verifies(string header, string body, string secret = Secret)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}"));
        return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(parts["v1"]), expected) && parts["v1"] == Convert.ToHexStringLower(expected);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record ReceivedWebhook(string Signature, string Body, JsonNode Envelope, HttpStatusCode Answered)
{
    public string Type => Envelope["type"]!.GetValue<string>();

    public string Id => Envelope["id"]!.GetValue<string>();
}
