using System.Collections.Concurrent;

namespace SortieChat.Baseline;

/// <summary>A seq per room, kept in memory: the baseline's stand-in for the store.</summary>
internal sealed class RoomCounters
{
    private readonly ConcurrentDictionary<string, StrongBox> _seqs = new();

    public long Next(string sortieId) => Interlocked.Increment(ref _seqs.GetOrAdd(sortieId, _ => new StrongBox()).Value);

    public long Current(string sortieId) => _seqs.TryGetValue(sortieId, out var box) ? Volatile.Read(ref box.Value) : 0;

    private sealed class StrongBox
    {
        public long Value;
    }
}
