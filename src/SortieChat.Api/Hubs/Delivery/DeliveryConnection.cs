using Microsoft.AspNetCore.SignalR;

namespace SortieChat.Api.Hubs.Delivery;

/// <summary>
/// One live connection as the fan-out sees it: the bytes handed to it and not yet taken by its transport, and
/// the groups it is in. Writes are handed over in call order (SignalR's per-connection write lock is FIFO), and
/// never awaited by the sender: a connection that falls <see cref="RealtimeOptions.SlowClientBufferKiB"/> behind is dropped.
/// </summary>
internal sealed class DeliveryConnection(HubConnectionContext connection, long limit, Action<DeliveryConnection> onTooSlow)
{
    private long pendingBytes;
    private int aborted;

    public HubConnectionContext Context { get; } = connection;

    public string ConnectionId => Context.ConnectionId;

    public string? UserId => Context.UserIdentifier;

    /// <summary>Group names, guarded by the manager's lock on this instance.</summary>
    public HashSet<string> Groups { get; } = new(StringComparer.Ordinal);

    public void Deliver(SerializedHubMessage message)
    {
        if (Volatile.Read(ref aborted) != 0)
        {
            return;
        }

        var size = message.GetSerializedMessage(Context.Protocol).Length;
        if (Interlocked.Add(ref pendingBytes, size) > limit)
        {
            Interlocked.Add(ref pendingBytes, -size);
            Drop();
            return;
        }

        ValueTask write;
        try
        {
            write = Context.WriteAsync(message);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ObjectDisposedException)
        {
            Interlocked.Add(ref pendingBytes, -size);
            return;
        }

        if (write.IsCompleted)
        {
            Settle(write, size);
            return;
        }

        _ = SettleLaterAsync(write, size);
    }

    /// <summary>Closes the connection once; its client reconnects and catches up with afterSeq.</summary>
    private void Drop()
    {
        if (Interlocked.Exchange(ref aborted, 1) == 0)
        {
            onTooSlow(this);
            Context.Abort();
        }
    }

    private void Settle(ValueTask write, int size)
    {
        Interlocked.Add(ref pendingBytes, -size);
        try
        {
            write.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or IOException)
        {
            // The connection is closing: what it misses, it reads after reconnecting.
        }
    }

    private async Task SettleLaterAsync(ValueTask write, int size)
    {
        try
        {
            await write;
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or IOException)
        {
            // As above.
        }
        finally
        {
            Interlocked.Add(ref pendingBytes, -size);
        }
    }
}
