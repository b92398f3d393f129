using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Push;

/// <summary>
/// Who gets a push (DESIGN.md section 9), decided off the committed-event path: for a member's message, the members of
/// the chat with a subscription, other than the sender, with no live connection (system messages, someone joined or
/// left, are not pushed); each one it mentions at once, muted or not; the others, unmuted, coalesced per (user, chat).
/// A full queue drops work rather than hold up anyone: a push may be lost, never a message.
/// </summary>
internal sealed partial class WebPushDispatcher(
    IServiceScopeFactory scopes, IPushSubscriptionStore subscriptions, ILiveConnections live, WebPushSender sender,
    PushDeliveryOptions options, TimeProvider time, ILogger<WebPushDispatcher> logger)
    : BackgroundService, IOfflinePush
{
    private const int BodyLength = 120;
    private readonly Channel<Message> queue =
        Channel.CreateBounded<Message>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private PushCoalescer? coalescer;

    public void MessagePosted(Message message) => queue.Writer.TryWrite(message);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        coalescer = new PushCoalescer(options.CoalesceWindow, time, (user, payload) => SendAsync(user, payload, stoppingToken));
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DispatchAsync(message, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogDispatchFailed(logger, exception);
            }
        }
    }

    private async Task DispatchAsync(Message message, CancellationToken ct)
    {
        if (message.Type == MessageType.System)
        {
            return;
        }

        // Nobody subscribed (known without a read most of the time), or nobody offline in this chat with a device to push
        // to: nothing else to read.
        if (!await subscriptions.AnyAsync(ct))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var subscribed = await subscriptions.SubscribedMembersAsync(message.ChatId, ct);
        var connected = await live.ConnectedAmongAsync(subscribed, ct);
        var offline = subscribed.Where(userId => userId != message.SenderId && !connected.Contains(userId)).ToList();
        if (offline.Count == 0
            || await scope.ServiceProvider.GetRequiredService<ISortieRepository>().FindByIdAsync(message.SortieId, ct) is not { } sortie)
        {
            return;
        }

        var senderName = message.SenderId is { } senderId
            ? (await scope.ServiceProvider.GetRequiredService<IUserRepository>().FindByIdAsync(senderId, ct))?.DisplayName
            : null;
        var payload = new PushPayload(message.SortieId, message.ChatId, message.Seq, sortie.Title, BodyOf(message, senderName), "message");
        var mentioned = offline.Where(message.Mentions.Contains).ToList();
        foreach (var userId in mentioned)
        {
            await SendAsync(userId, payload with { Kind = "mention" }, ct);
        }

        var muted = await scope.ServiceProvider.GetRequiredService<IChatMuteStore>().MutedUsersAsync(message.ChatId, ct);
        foreach (var userId in offline.Where(userId => !muted.Contains(userId) && !mentioned.Contains(userId)))
        {
            coalescer!.Offer(userId, payload);
        }
    }

    private static string BodyOf(Message message, string? senderName)
    {
        var text = message.Type is MessageType.Text or MessageType.System || message.Content is { Length: > 0 }
            ? message.Content ?? ""
            : message.Type.ToName();
        text = text.Length > BodyLength ? text[..BodyLength] : text;
        return senderName is null ? text : $"{senderName}: {text}";
    }

    private async Task SendAsync(string userId, PushPayload payload, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(userId, payload, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDispatchFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushes for a message could not be prepared; they are dropped")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
