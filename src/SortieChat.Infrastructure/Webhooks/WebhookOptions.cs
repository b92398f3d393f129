namespace SortieChat.Infrastructure.Webhooks;

/// <summary><c>Webhooks:*</c> (DESIGN.md section 9). <see cref="Delivery"/> holds DESIGN's timings; tests shorten them.</summary>
internal sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    public List<WebhookEndpointOptions> Endpoints { get; init; } = [];

    public WebhookDeliveryOptions Delivery { get; init; } = new();
}
