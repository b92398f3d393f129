using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>A real SignalR client on /chat that records every server event it receives, by its exact (case-sensitive) name.</summary>
public sealed class HubClient : IAsyncDisposable
{
    public static readonly string[] EventNames =
    [
        "connected", "receiveMessage", "userTyping", "messageRead", "notification", "joinedRoom", "userJoinedRoom",
        "userLeftRoom", "onlineUsers", "messageDeleted", "messageUpdated", "chatUpdated", "error",
    ];

    private readonly ConcurrentQueue<(string Name, JsonElement Payload)> received = new();
    private readonly SemaphoreSlim arrived = new(0);

    private HubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in EventNames)
        {
            connection.On<JsonElement>(name, payload =>
            {
                received.Enqueue((name, payload));
                arrived.Release();
            });
        }
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<JsonElement> All(string name) => [.. received.Where(e => e.Name == name).Select(e => e.Payload)];

    /// <summary>Through the test server (long polling: the in-memory handler carries the Authorization header).</summary>
    public static async Task<HubClient> ConnectAsync(WebApplicationFactory<Program> factory, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "chat"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var client = new HubClient(connection);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return client;
    }

    /// <summary>Against a real Kestrel address, over WebSockets, the token in the query string as browsers send it.</summary>
    public static async Task<HubClient> ConnectOverWebSocketsAsync(Uri baseAddress, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "chat"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var client = new HubClient(connection);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return client;
    }

    /// <summary>Waits until an event of that name matching <paramref name="match"/> has arrived, and returns it.</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool>? match = null, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            foreach (var (eventName, payload) in received)
            {
                if (eventName == name && (match is null || match(payload)))
                {
                    return payload;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left, TestContext.Current.CancellationToken))
            {
                throw new TimeoutException($"No '{name}' event arrived; received: {string.Join(", ", received.Select(e => e.Name))}");
            }
        }
    }

    public Task<JsonElement> InvokeAsync(string method, object argument) =>
        Connection.InvokeAsync<JsonElement>(method, argument, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        arrived.Dispose();
    }
}
