namespace SortieChat.Api.Hubs.Delivery;

/// <summary>The <c>Hub</c> configuration section (DESIGN.md section 7).</summary>
public sealed class RealtimeOptions
{
    public const string Section = "Hub";

    /// <summary>A connection this far behind on its outgoing messages is dropped; it catches up after reconnecting.</summary>
    public int SlowClientBufferKiB { get; set; } = 1024;

    public long SlowClientBufferBytes => SlowClientBufferKiB * 1024L;
}
