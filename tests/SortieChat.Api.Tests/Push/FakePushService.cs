using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SortieChat.Api.Tests.Push;

/// <summary>A push service on 127.0.0.1 (real Kestrel): records every push per device path and answers what <see cref="Answer"/> says.</summary>
public sealed class FakePushService : IAsyncDisposable
{
    private readonly List<ReceivedPush> received = [];
    private WebApplication? app;

    public int Port { get; } = FreePort();

    public string Origin => $"http://127.0.0.1:{Port}";

    public Func<string, HttpStatusCode> Answer { get; set; } = _ => HttpStatusCode.Created;

    public string EndpointFor(string device) => $"{Origin}/push/{device}";

    public IReadOnlyList<ReceivedPush> For(string device)
    {
        lock (received)
        {
            return [.. received.Where(r => r.Device == device)];
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        app = builder.Build();
        app.MapPost("/push/{device}", async (string device, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            lock (received)
            {
                received.Add(new ReceivedPush(device, headers, body.ToArray(), DateTimeOffset.UtcNow));
            }

            return Results.StatusCode((int)Answer(device));
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
    }

    public async Task<IReadOnlyList<ReceivedPush>> WaitForAsync(string device, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (For(device).Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{device} got {For(device).Count} pushes, not {count}.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return For(device);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record ReceivedPush(string Device, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset At);
