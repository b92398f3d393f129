using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace SortieChat.Infrastructure.Realtime.Redis;

/// <summary>
/// Opens the one multiplexer of the process. A Redis that does not answer at start is not fatal: the instance serves
/// its own clients and the multiplexer keeps trying; commands fail at once meanwhile instead of queueing
/// (<see cref="BacklogPolicy.FailFast"/>), so that nothing local waits on Redis.
/// </summary>
internal static partial class RedisConnection
{
    public static IConnectionMultiplexer Open(RedisOptions options, ILogger logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Connection!);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = 3000;
        configuration.ReconnectRetryPolicy = new ExponentialRetry(250, 5000);
        configuration.ClientName ??= $"sortiechat-{Environment.MachineName}-{Environment.ProcessId}";
        var multiplexer = ConnectionMultiplexer.Connect(configuration);
        multiplexer.ConnectionFailed += (_, e) => LogLost(logger, e.ConnectionType, e.EndPoint?.ToString(), e.FailureType, e.Exception?.Message);
        multiplexer.ConnectionRestored += (_, e) => LogRestored(logger, e.ConnectionType, e.EndPoint?.ToString());
        if (!multiplexer.IsConnected)
        {
            LogNotReachable(logger, options.Connection!);
        }

        return multiplexer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis {ConnectionType} connection to {EndPoint} lost ({FailureType}: {Reason}); this instance serves its own clients and reconnects")]
    private static partial void LogLost(ILogger logger, ConnectionType connectionType, string? endPoint, ConnectionFailureType failureType, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis {ConnectionType} connection to {EndPoint} restored")]
    private static partial void LogRestored(ILogger logger, ConnectionType connectionType, string? endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Connection} does not answer yet; this instance serves its own clients and keeps trying")]
    private static partial void LogNotReachable(ILogger logger, string connection);
}
