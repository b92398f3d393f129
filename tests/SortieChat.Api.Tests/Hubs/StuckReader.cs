using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// A hub client over a raw WebSocket that joins a room, then never reads again while it keeps sending pings: the
/// hostile or broken reader of DESIGN.md section 5. Its socket's receive buffer is small, so the server feels it soon.
/// </summary>
public sealed class StuckReader : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly CancellationTokenSource stop = new();
    private Task pinging = Task.CompletedTask;

    /// <summary>True once a ping could no longer be sent: the server closed the connection.</summary>
    public bool Closed { get; private set; }

    public static async Task<StuckReader> JoinAsync(Uri baseAddress, string token, string sortieId)
    {
        var reader = new StuckReader();
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
                await tcp.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(tcp, ownsSocket: true);
            },
        };
        var uri = new Uri($"ws://{baseAddress.Authority}/chat?access_token={Uri.EscapeDataString(token)}");
        await reader.socket.ConnectAsync(uri, new HttpMessageInvoker(handler), TestContext.Current.CancellationToken);
        await reader.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e");
        await reader.SendAsync($"{{\"type\":1,\"invocationId\":\"join\",\"target\":\"joinRoom\",\"arguments\":[\"{sortieId}\"]}}\u001e");
        await reader.ReadUntilAsync("\"invocationId\":\"join\"");
        reader.pinging = reader.PingAsync();
        return reader;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await pinging;
        socket.Abort();
        socket.Dispose();
        stop.Dispose();
    }

    private async Task PingAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await SendAsync("{\"type\":6}\u001e").WaitAsync(TimeSpan.FromSeconds(5), stop.Token);
                await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or ObjectDisposedException or TimeoutException)
        {
            Closed = true;
        }
    }

    private Task SendAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadUntilAsync(string marker)
    {
        var buffer = new byte[16 * 1024];
        var seen = new StringBuilder();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!seen.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            seen.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }
}
