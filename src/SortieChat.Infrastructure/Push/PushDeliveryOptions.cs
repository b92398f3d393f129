namespace SortieChat.Infrastructure.Push;

/// <summary>The timings of DESIGN.md section 9 as defaults (<c>Push:Delivery</c>, not documented: tests shorten the window).</summary>
internal sealed class PushDeliveryOptions
{
    public TimeSpan CoalesceWindow { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public int MaxConcurrentSends { get; init; } = 8;
}
