using System.Collections.Concurrent;
using SortieChat.Infrastructure.Push;

namespace SortieChat.Infrastructure.Tests.Push;

public sealed class PushCoalescerTests
{
    [Fact]
    public async Task Offers_WithinTheWindow_SendTheFirstAtOnceAndTheLatestAtTheEnd()
    {
        var sent = new ConcurrentQueue<long>();
        var coalescer = new PushCoalescer(TimeSpan.FromMilliseconds(300), TimeProvider.System, (_, payload) =>
        {
            sent.Enqueue(payload.Seq);
            return Task.CompletedTask;
        });

        foreach (var seq in new long[] { 1, 2, 3 })
        {
            coalescer.Offer("bob", new PushPayload("s", "c", seq, "t", "b", "message"));
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (sent.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await Task.Delay(700, TestContext.Current.CancellationToken);
        sent.Should().Equal(1, 3);
    }
}
