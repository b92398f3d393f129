using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SortieChat.Api.Hubs.Backplane;

/// <summary>
/// One Redis pub/sub channel that every instance publishes to and listens on, in order: hub invocations for the
/// others' connections, and the evictions and disconnections of <see cref="IClusterRelay"/>. An instance skips what it
/// sent itself (it delivered that already). Publishing never waits: with Redis away, the instance serves its own
/// clients, and once its subscription answers again it tells each of its connections to <c>resync</c>.
/// </summary>
internal sealed partial class RedisBackplane : IClusterRelay, IHostedService
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);
    private readonly IConnectionMultiplexer redis;
    private readonly IServiceProvider services;
    private readonly ILogger<RedisBackplane> logger;
    private readonly RedisChannel channel;
    private readonly CancellationTokenSource stopping = new();
    private Action<BackplaneTarget, IReadOnlyList<string>, IReadOnlyList<string>, SerializedHubMessage>? deliverLocal;
    private TaskCompletionSource<bool>? probe;
    private int probing;
    private int interrupted;

    public RedisBackplane(IConnectionMultiplexer redis, IOptions<BackplaneOptions> options, IServiceProvider services, ILogger<RedisBackplane> logger)
    {
        this.redis = redis;
        this.services = services;
        this.logger = logger;
        channel = RedisChannel.Literal($"{options.Value.ChannelPrefix}:backplane");
    }

    /// <summary>This instance's id on the channel.</summary>
    public Guid Origin { get; } = Guid.CreateVersion7();

    /// <summary>Set once by the lifetime manager: how an invocation from another instance reaches this one's connections.</summary>
    public void Attach(Action<BackplaneTarget, IReadOnlyList<string>, IReadOnlyList<string>, SerializedHubMessage> deliver) =>
        deliverLocal = deliver;

    public void Publish(BackplaneTarget target, IReadOnlyList<string> keys, IReadOnlyList<string> excluded, IReadOnlyList<SerializedMessage> messages) =>
        Publish(new BackplaneEnvelope(Origin, target, keys, excluded, messages));

    public void EvictFromRoom(string sortieId, string userId) => Publish(BackplaneTarget.EvictFromRoom, [sortieId, userId], [], []);

    public void DisconnectUser(string userId) => Publish(BackplaneTarget.DisconnectUser, [userId], [], []);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed += OnFailed;
        redis.ConnectionRestored += OnRestored;
        // Redis may be away at start: the subscription is made as soon as it answers, and kept by the multiplexer after.
        _ = SubscribeAsync(stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionFailed -= OnFailed;
        redis.ConnectionRestored -= OnRestored;
        await stopping.CancelAsync();
    }

    private void Publish(BackplaneEnvelope envelope)
    {
        // Not awaited: the multiplexer writes in call order, and a send never waits on Redis (FailFast while it is away).
        _ = PublishAsync(envelope.ToBytes());
    }

    private async Task PublishAsync(byte[] payload)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(channel, payload);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogPublishFailed(logger, exception.Message);
        }
    }

    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var queue = await redis.GetSubscriber().SubscribeAsync(channel);
                queue.OnMessage(ReceiveAsync);
                return;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                LogSubscribeFailed(logger, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ReceiveAsync(ChannelMessage message)
    {
        try
        {
            if (BackplaneEnvelope.Read((byte[])message.Message!) is not { } envelope)
            {
                return;
            }

            if (envelope.Origin == Origin)
            {
                if (envelope.Target == BackplaneTarget.Probe)
                {
                    probe?.TrySetResult(true);
                }

                return;
            }

            await ApplyAsync(envelope);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogReceiveFailed(logger, exception);
        }
    }

    private async Task ApplyAsync(BackplaneEnvelope envelope)
    {
        switch (envelope.Target)
        {
            case BackplaneTarget.EvictFromRoom:
                await services.GetRequiredService<RoomMembership>().EvictAsync(envelope.Keys[0], envelope.Keys[1]);
                break;
            case BackplaneTarget.DisconnectUser:
                services.GetRequiredService<RoomMembership>().Disconnect(envelope.Keys[0]);
                break;
            case BackplaneTarget.Probe:
                break;
            default:
                deliverLocal?.Invoke(envelope.Target, envelope.Keys, envelope.Excluded, new SerializedHubMessage(envelope.Messages));
                break;
        }
    }

    private void OnFailed(object? sender, ConnectionFailedEventArgs e) => Volatile.Write(ref interrupted, 1);

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (Interlocked.Exchange(ref probing, 1) == 0)
        {
            _ = ResyncWhenSubscribedAsync(stopping.Token);
        }
    }

    /// <summary>
    /// What others published while the subscription was down is lost: once a message of this instance comes back
    /// through the channel (the subscription is live again), its connections are told to catch up from the store.
    /// </summary>
    private async Task ResyncWhenSubscribedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var nonce = Guid.NewGuid().ToString("N");
            probe = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            while (!cancellationToken.IsCancellationRequested && !probe.Task.IsCompleted)
            {
                Publish(BackplaneTarget.Probe, [nonce], [], []);
                await Task.WhenAny(probe.Task, Task.Delay(ProbeInterval, cancellationToken));
            }

            // Each of the multiplexer's connections reports its return: one resync per interruption.
            if (probe.Task.IsCompleted && Interlocked.Exchange(ref interrupted, 0) == 1)
            {
                var told = await services.GetRequiredService<ResyncNotifier>().NotifyAllAsync(cancellationToken);
                LogResynced(logger, told);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            Volatile.Write(ref probing, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Backplane publish failed: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backplane subscription failed ({Reason}); retrying")]
    private static partial void LogSubscribeFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A backplane message could not be applied")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backplane back: {Connections} connections of this instance were told to resync")]
    private static partial void LogResynced(ILogger logger, int connections);
}
