namespace SortieChat.Client;

/// <summary>Disposing it removes a handler.</summary>
internal sealed class Subscription(Action remove) : IDisposable
{
    private Action? remove = remove;

    public void Dispose() => Interlocked.Exchange(ref remove, null)?.Invoke();
}
