using System.Net;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Logging;
using SortieChat.Application.Abstractions.Push;

namespace SortieChat.Infrastructure.Push;

/// <summary>
/// Sends one payload to each device of a user (RFC 8030/8291/8292 through Lib.Net.Http.WebPush): TTL one day, Topic
/// the chat's 32 hex digits, Urgency high for mentions; a subscription answered 404 or 410 is deleted. Bounded in
/// concurrency and time; a failure is logged and dropped (pushes are best effort).
/// </summary>
internal sealed partial class WebPushSender(
    IHttpClientFactory clients, PushSettings settings, IPushSubscriptionStore subscriptions, PushDeliveryOptions options, ILogger<WebPushSender> logger)
    : IDisposable
{
    public const string ClientName = "webpush";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim slots = new(options.MaxConcurrentSends, options.MaxConcurrentSends);
    private readonly VapidAuthentication vapid = new(settings.Keys!.PublicKey, settings.Keys.PrivateKey) { Subject = settings.Keys.Subject };

    public async Task SendAsync(string userId, PushPayload payload, CancellationToken ct)
    {
        foreach (var subscription in await subscriptions.ListAsync(userId, ct))
        {
            await slots.WaitAsync(ct);
            try
            {
                await SendOneAsync(subscription, payload, ct);
            }
            finally
            {
                slots.Release();
            }
        }
    }

    public void Dispose()
    {
        slots.Dispose();
        vapid.Dispose();
    }

    private async Task SendOneAsync(PushSubscriptionRecord subscription, PushPayload payload, CancellationToken ct)
    {
        var target = new PushSubscription { Endpoint = subscription.Endpoint };
        target.SetKey(PushEncryptionKeyName.P256DH, subscription.P256dh);
        target.SetKey(PushEncryptionKeyName.Auth, subscription.Auth);
        var message = new PushMessage(JsonSerializer.Serialize(payload, Json))
        {
            Topic = payload.ChatId.Replace("-", "", StringComparison.Ordinal),
            TimeToLive = (int)TimeSpan.FromDays(1).TotalSeconds,
            Urgency = payload.Kind == "mention" ? PushMessageUrgency.High : PushMessageUrgency.Normal,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var client = new PushServiceClient(clients.CreateClient(ClientName)) { AutoRetryAfter = false };
            await client.RequestPushMessageDeliveryAsync(target, message, vapid, VapidAuthenticationScheme.Vapid, timeout.Token);
        }
        catch (PushServiceClientException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            await subscriptions.DeleteEndpointAsync(subscription.Endpoint, CancellationToken.None);
            LogGone(logger, (int)exception.StatusCode);
        }
        catch (Exception exception) when (exception is PushServiceClientException or HttpRequestException || (exception is OperationCanceledException && !ct.IsCancellationRequested))
        {
            LogFailed(logger, exception.GetType().Name, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A push subscription answered {Status}: deleted")]
    private static partial void LogGone(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "A push was not delivered ({Kind}: {Reason}); pushes are best effort")]
    private static partial void LogFailed(ILogger logger, string kind, string reason);
}
