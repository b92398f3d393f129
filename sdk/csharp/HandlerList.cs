namespace SortieChat.Client;

/// <summary>The handlers of one event that the connection raises itself (after putting messages in order).</summary>
internal sealed class HandlerList<T>
{
    private readonly Lock gate = new();
    private Action<T>[] handlers = [];

    public IDisposable Add(Action<T> handler)
    {
        lock (gate)
        {
            handlers = [.. handlers, handler];
        }

        return new Subscription(() =>
        {
            lock (gate)
            {
                handlers = [.. handlers.Where(h => h != handler)];
            }
        });
    }

    public void Raise(T value)
    {
        foreach (var handler in Volatile.Read(ref handlers))
        {
            handler(value);
        }
    }
}
