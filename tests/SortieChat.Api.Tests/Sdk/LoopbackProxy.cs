using System.Net;
using System.Net.Sockets;

namespace SortieChat.Api.Tests.Sdk;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of the server. <see cref="Cut"/> drops every connection through it and refuses
/// new ones until <see cref="Restore"/>: to the client the network is gone, while the server sees a dead socket.
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri target;
    private readonly Lock gate = new();
    private readonly List<TcpClient> open = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private volatile bool down;

    public LoopbackProxy(Uri target)
    {
        this.target = target;
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Url { get; }

    public void Cut()
    {
        down = true;
        lock (gate)
        {
            open.ForEach(client => client.Dispose());
            open.Clear();
        }
    }

    public void Restore() => down = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        await accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            if (down)
            {
                client.Dispose();
                continue;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(target.Host, target.Port, stopping.Token);
            lock (gate)
            {
                open.Add(client);
                open.Add(upstream);
            }

            _ = PipeAsync(client, upstream);
            _ = PipeAsync(upstream, client);
        }
    }

    private static async Task PipeAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Cut, or closed by either side.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
