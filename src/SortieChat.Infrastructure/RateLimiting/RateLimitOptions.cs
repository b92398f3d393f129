namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>The <c>RateLimits</c> section (DESIGN.md section 7).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public bool Enabled { get; set; } = true;

    public int SendsPerSecond { get; set; } = 10;

    public int LoginsPerMinute { get; set; } = 10;

    public int UploadsPerMinute { get; set; } = 20;

    public int RegistrationsPerHour { get; set; } = 10;
}
