namespace SortieChat.LoadTest.Hub;

/// <summary>What a connection reports while it reads: called on its receive loop, so it must be quick.</summary>
internal interface IRecordSink
{
    /// <summary>A <c>receiveMessage</c> whose content carries the tool's marker <c>~step.sender.number~</c>.</summary>
    void OnDelivery(HubConnection connection, int step, int sender, int number, long receivedTicks);

    /// <summary>The completion of a <c>sendMessage</c> sent with invocation id <c>step.number</c>.</summary>
    void OnAck(HubConnection connection, int step, int number, bool failed, ReadOnlySpan<byte> record, long receivedTicks);

    /// <summary>The connection ended without being asked to (server close, reset).</summary>
    void OnClosed(HubConnection connection, string reason);
}
