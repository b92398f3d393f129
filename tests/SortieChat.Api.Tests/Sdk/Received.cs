namespace SortieChat.Api.Tests.Sdk;

/// <summary>What a handler was given, in order, with a way to wait for a condition on it.</summary>
public sealed class Received<T>
{
    private readonly Lock gate = new();
    private readonly List<T> items = [];

    public void Add(T item)
    {
        lock (gate)
        {
            items.Add(item);
        }
    }

    public List<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    /// <summary>Polls until <paramref name="done"/> holds (a side effect arrives after the answer); fails after 30 seconds.</summary>
    public async Task<List<T>> WaitForAsync(Func<List<T>, bool> done)
    {
        for (var waited = 0; waited < 30_000; waited += 20)
        {
            if (done(Snapshot()))
            {
                return Snapshot();
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"Still waiting; received so far: {Snapshot().Count}.");
    }
}
