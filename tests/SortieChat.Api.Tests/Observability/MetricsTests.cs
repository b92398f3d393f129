using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Observability;

/// <summary>
/// /metrics answers Prometheus text without a token, with the product's instruments beside ASP.NET Core's and the
/// runtime's. The server runs as a process of its own: meters are matched by name across a process, so the other
/// test hosts of this one would add their counts.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private ServerProcess server = null!;
    private HttpClient anonymous = null!;
    private (string UserId, string Token) alice;
    private (string UserId, string Token) bob;
    private string sortieId = null!;

    public async ValueTask InitializeAsync()
    {
        server = await ServerProcess.StartAsync();
        anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        alice = await ProcessScenario.RegisterAsync(server, "Alice");
        bob = await ProcessScenario.RegisterAsync(server, "Bob");
        sortieId = await ProcessScenario.SortieWithMembersAsync(server, alice.Token, bob.Token);
    }

    public async ValueTask DisposeAsync()
    {
        anonymous.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Metrics_AfterASendToAJoinedRoom_CountTheMessageItsDeliveryAndItsLatency()
    {
        await using var listener = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, alice.Token);
        await listener.Connection.InvokeAsync<object>("joinRoom", sortieId, TestContext.Current.CancellationToken);

        await SendAsync(bob.Token, "counted", HttpStatusCode.Created);

        var text = await WhenMetricsShowAsync("sortiechat_fanout_deliveries_total");
        Value(text, "sortiechat_messages_sent_total").Should().Be(3, "the welcome, Bob's arrival and Bob's message");
        Value(text, "sortiechat_fanout_deliveries_total").Should().BeGreaterThanOrEqualTo(1);
        Value(text, "sortiechat_connections_active").Should().Be(1);
        Value(text, "sortiechat_rooms_active").Should().Be(1);
        Value(text, "sortiechat_command_duration_seconds_count", "command=\"SendMessage\",outcome=\"ok\"").Should().Be(1);
        text.Should().Contain("le=\"0.005\"", "the latency buckets are in seconds");
    }

    [Fact]
    public async Task Metrics_AfterASlowModeRefusal_CountTheRejectionByCode()
    {
        var chat = await ProcessScenario.SendAsync(server, alice.Token, HttpMethod.Get, $"chats/sortie/{sortieId}", null, HttpStatusCode.OK);
        await ProcessScenario.SendAsync(server, alice.Token, HttpMethod.Patch, $"chats/{chat.Str("id")}", new { cooldownSeconds = 60 }, HttpStatusCode.OK);
        await SendAsync(bob.Token, "first", HttpStatusCode.Created);

        await SendAsync(bob.Token, "too soon", HttpStatusCode.TooManyRequests);

        var text = await WhenMetricsShowAsync("sortiechat_rate_limit_rejections_total");
        Value(text, "sortiechat_rate_limit_rejections_total", "code=\"slow_mode\"").Should().Be(1);
    }

    [Fact]
    public async Task Metrics_WithoutAToken_ShowAspNetCoreAndRuntimeInstruments()
    {
        var response = await anonymous.GetAsync("/metrics", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.Should().Contain("http_server_request_duration_seconds").And.Contain("dotnet_gc_");
    }

    private Task SendAsync(string token, string content, HttpStatusCode expected) =>
        ProcessScenario.SendAsync(server, token, HttpMethod.Post, $"messages/sortie/{sortieId}", new { type = "text", content }, expected);

    /// <summary>Counters move after the answer (events are published after the commit): ask until the line is there.</summary>
    private async Task<string> WhenMetricsShowAsync(string metric)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !text.Contains(metric, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            text = await anonymous.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        }

        return text;
    }

    private static double Value(string text, string metric, string labels = "") => PrometheusText.Value(text, metric, labels);
}
