namespace SortieChat.Infrastructure.Realtime.Redis;

/// <summary>The <c>Redis</c> configuration section (DESIGN.md section 7): unset connection = one instance, all in memory.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379</c>.</summary>
    public string? Connection { get; set; }

    /// <summary>Prefix of every channel and key, so that several deployments may share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "sortiechat";

    /// <summary>How long a presence entry lives without a heartbeat: a crashed instance's users go offline after this.</summary>
    public int PresenceTtlSeconds { get; set; } = 45;

    /// <summary>How often an instance refreshes the presence of its own connections.</summary>
    public int PresenceHeartbeatSeconds { get; set; } = 15;
}
