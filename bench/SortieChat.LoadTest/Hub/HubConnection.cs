using System.Net.WebSockets;
using System.Text;
using SortieChat.LoadTest.Measure;

namespace SortieChat.LoadTest.Hub;

/// <summary>
/// One lightweight SignalR client: a raw WebSocket, the JSON protocol, no negotiation. It splits every frame on the
/// record separator (the server coalesces several messages into one frame under load) and answers nothing to pings;
/// it sends its own ping only when it has been silent for a while, so that the server does not time it out.
/// </summary>
internal sealed class HubConnection(int index, int room, Uri uri, IRecordSink sink) : IAsyncDisposable
{
    private static readonly byte[] Handshake = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();
    private static readonly byte[] Ping = "{\"type\":6}\u001e"u8.ToArray();
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private ClientWebSocket _socket = new();
    private byte[] _buffer = new byte[4096];
    private int _filled;
    private bool _handshaken;
    private TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<string?>? _join;
    private Task _receiving = Task.CompletedTask;
    private volatile bool _closing;
    private long _lastSendTicks;
    private long _outstanding;

    public int Index { get; } = index;

    public int Room { get; } = room;

    /// <summary>The step during which this connection last reconnected: its deliveries of that step do not count.</summary>
    public int UnstableStep { get; set; } = -1;

    /// <summary>Deliveries of the current step, reset by the sweep at each step.</summary>
    public long StepDeliveries;

    /// <summary>This connection's place among the senders of a sweep; -1 when it only listens.</summary>
    public int SenderIndex { get; set; } = -1;

    /// <summary>Set while it closes and reopens: its scheduled messages are skipped meanwhile.</summary>
    public volatile bool Reconnecting;

    public bool IsOpen => !_closing && _socket.State == WebSocketState.Open;

    public long Outstanding => Interlocked.Read(ref _outstanding);

    public async Task ConnectAsync(CancellationToken ct)
    {
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        _socket.Options.SetBuffer(4096, 4096);
        await _socket.ConnectAsync(uri, ct);
        _receiving = Task.Run(ReceiveLoopAsync, CancellationToken.None);
        await SendRawAsync(Handshake, ct);
        await _handshake.Task.WaitAsync(HandshakeTimeout, ct);
    }

    /// <summary>Invokes <c>joinRoom</c> and waits for its completion; throws with the server's error.</summary>
    public async Task JoinAsync(string sortieId, CancellationToken ct)
    {
        _join = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var frame = Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"joinRoom\",\"arguments\":[\"{sortieId}\"]}}\u001e");
        await SendRawAsync(frame, ct);
        var error = await _join.Task.WaitAsync(HandshakeTimeout, ct);
        if (error is not null)
        {
            throw new InvalidOperationException($"joinRoom refused: {error}");
        }
    }

    /// <summary>Sends one already framed invocation of <c>sendMessage</c>.</summary>
    public async ValueTask SendInvocationAsync(ReadOnlyMemory<byte> frame, CancellationToken ct)
    {
        Interlocked.Increment(ref _outstanding);
        await SendRawAsync(frame, ct);
    }

    /// <summary>A ping when nothing was sent for <paramref name="idle"/>: SignalR drops a client silent for 30 s.</summary>
    public async Task KeepAliveAsync(TimeSpan idle)
    {
        if (Reconnecting || !IsOpen || MonotonicClock.Now - Interlocked.Read(ref _lastSendTicks) <= MonotonicClock.TicksOf(idle))
        {
            return;
        }

        // A busy lock means a send is under way: the connection is not silent, and the pinger must not wait on it.
        if (!await _sendLock.WaitAsync(0))
        {
            return;
        }

        try
        {
            await _socket.SendAsync(Ping, WebSocketMessageType.Text, true, CancellationToken.None);
            Interlocked.Exchange(ref _lastSendTicks, MonotonicClock.Now);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The receive loop reports the closed connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the socket and opens a new one (handshake and join included), as a client on a flaky network.</summary>
    public async Task ReconnectAsync(string sortieId, CancellationToken ct)
    {
        await CloseAsync();
        // The old receive loop must be over before its buffer and handshake are reset (CloseAsync aborted it if slow).
        await _receiving;
        _socket.Dispose();
        _socket = new ClientWebSocket();
        _filled = 0;
        _handshaken = false;
        _handshake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _outstanding, 0);
        _closing = false;
        await ConnectAsync(ct);
        await JoinAsync(sortieId, ct);
    }

    public async Task CloseAsync()
    {
        _closing = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            await _receiving.WaitAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _socket.Dispose();
        _sendLock.Dispose();
    }

    private async ValueTask SendRawAsync(ReadOnlyMemory<byte> frame, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, true, ct);
            Interlocked.Exchange(ref _lastSendTicks, MonotonicClock.Now);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var reason = "closed by the server";
        try
        {
            while (true)
            {
                if (_filled == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                var result = await _socket.ReceiveAsync(_buffer.AsMemory(_filled), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                _filled += result.Count;
                Split(MonotonicClock.Now);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            reason = exception.Message;
        }

        _handshake.TrySetException(new InvalidOperationException($"connection {Index}: {reason} before the handshake"));
        _join?.TrySetResult(reason);
        if (!_closing)
        {
            sink.OnClosed(this, reason);
        }
    }

    private void Split(long receivedTicks)
    {
        var data = _buffer.AsSpan(0, _filled);
        var start = 0;
        int length;
        while ((length = data[start..].IndexOf(Records.Separator)) >= 0)
        {
            Handle(data.Slice(start, length), receivedTicks);
            start += length + 1;
        }

        if (start > 0)
        {
            data[start..].CopyTo(_buffer);
            _filled -= start;
        }
    }

    private void Handle(ReadOnlySpan<byte> record, long receivedTicks)
    {
        if (!_handshaken)
        {
            _handshaken = true;
            if (record.SequenceEqual("{}"u8))
            {
                _handshake.TrySetResult();
            }
            else
            {
                _handshake.TrySetException(new InvalidOperationException($"handshake refused: {Encoding.UTF8.GetString(record)}"));
            }

            return;
        }

        switch (Records.TypeOf(record))
        {
            case 1 when Records.IsReceiveMessage(record):
                if (Records.TryReadMarker(record, out var step, out var sender, out var number))
                {
                    sink.OnDelivery(this, step, sender, number, receivedTicks);
                }

                break;
            case 3:
                OnCompletion(record, receivedTicks);
                break;
            case 7 when !_closing:
                sink.OnClosed(this, Encoding.UTF8.GetString(record));
                break;
            default:
                break;
        }
    }

    private void OnCompletion(ReadOnlySpan<byte> record, long receivedTicks)
    {
        var id = Records.InvocationId(record);
        if (id.SequenceEqual("j"u8))
        {
            _join?.TrySetResult(Records.HasError(record) ? Encoding.UTF8.GetString(record) : null);
        }
        else if (Records.TryReadSendId(id, out var step, out var number))
        {
            Interlocked.Decrement(ref _outstanding);
            sink.OnAck(this, step, number, Records.HasError(record), record, receivedTicks);
        }
    }
}
