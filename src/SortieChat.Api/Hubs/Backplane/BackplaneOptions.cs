namespace SortieChat.Api.Hubs.Backplane;

/// <summary>What the backplane reads of the <c>Redis</c> section (the connection itself is opened by Infrastructure).</summary>
public sealed class BackplaneOptions
{
    public const string Section = "Redis";

    /// <summary>Prefix of the backplane channel, so that several deployments may share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "sortiechat";
}
