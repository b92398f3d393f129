namespace SortieChat.LoadTest.Setup;

/// <summary>A sortie whose chat holds the users at <see cref="Members"/> (indexes into the population's users).</summary>
internal sealed record BenchRoom(string SortieId, IReadOnlyList<int> Members);
