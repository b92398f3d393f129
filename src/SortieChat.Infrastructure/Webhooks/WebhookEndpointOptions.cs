namespace SortieChat.Infrastructure.Webhooks;

/// <summary>One receiver: its URL, the secret that signs for it, and the event types it wants (none listed: all).</summary>
internal sealed class WebhookEndpointOptions
{
    public string Url { get; init; } = "";

    public string Secret { get; init; } = "";

    public List<string> Events { get; init; } = [];

    public bool Wants(string type) => Events.Count == 0 || Events.Contains(type, StringComparer.Ordinal);
}
