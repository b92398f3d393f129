namespace SortieChat.LoadTest.Memory;

/// <summary>The server's resident memory with this many idle joined connections.</summary>
internal sealed record MemoryPoint(int Connections, double RssMiB);
