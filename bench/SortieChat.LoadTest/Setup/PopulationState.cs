namespace SortieChat.LoadTest.Setup;

/// <summary>What was created on the server, saved so that later scenarios and reruns against the same database reuse it.</summary>
internal sealed class PopulationState
{
    public string ServerUrl { get; set; } = string.Empty;

    public string Tag { get; set; } = string.Empty;

    public List<BenchUser> Users { get; set; } = [];

    /// <summary>Rooms by layout, e.g. <c>100x1</c> for one room of 100 members.</summary>
    public Dictionary<string, List<BenchRoom>> Layouts { get; set; } = [];
}
