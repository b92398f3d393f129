namespace SortieChat.Api.Hubs;

public static class Rooms
{
    /// <summary>The SignalR group of a sortie's chat.</summary>
    public static string Of(string sortieId) => $"sortie_{sortieId}";
}
