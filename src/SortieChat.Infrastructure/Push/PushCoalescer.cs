namespace SortieChat.Infrastructure.Push;

/// <summary>
/// At most one message push per (user, chat) per window: the first goes at once and opens the window; later ones
/// replace each other, and the latest goes when the window ends (opening the next one).
/// </summary>
internal sealed class PushCoalescer(TimeSpan window, TimeProvider time, Func<string, PushPayload, Task> send)
{
    private readonly Dictionary<(string User, string Chat), PushPayload?> open = [];
    private readonly Lock gate = new();

    public void Offer(string userId, PushPayload payload)
    {
        var key = (userId, payload.ChatId);
        lock (gate)
        {
            if (open.ContainsKey(key))
            {
                open[key] = payload;
                return;
            }

            open[key] = null;
        }

        _ = SendThenWaitAsync(key, payload);
    }

    private async Task SendThenWaitAsync((string User, string Chat) key, PushPayload payload)
    {
        while (true)
        {
            await send(key.User, payload);
            await Task.Delay(window, time);
            lock (gate)
            {
                if (open[key] is not { } latest)
                {
                    open.Remove(key);
                    return;
                }

                payload = latest;
                open[key] = null;
            }
        }
    }
}
