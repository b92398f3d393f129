namespace SortieChat.LoadTest.Setup;

/// <summary>What was created on the server, saved so that later scenarios and reruns against the same database reuse it.</summary>
internal sealed class PopulationState
{
    public string ServerUrl { get; set; } = string.Empty;

    public string Tag { get; set; } = string.Empty;

    public List<BenchUser> Users { get; set; } = [];

    /// <summary>Rooms by size (members per room), in creation order.</summary>
    public Dictionary<string, List<BenchRoom>> Layouts { get; set; } = [];
}
