using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Media;

/// <summary>The <c>Media</c> section (DESIGN.md section 6).</summary>
public sealed class MediaOptions : IMediaLimits
{
    public const string SectionName = "Media";

    public string Provider { get; set; } = "Local";

    public LocalMediaOptions Local { get; set; } = new();

    public double MaxImageMiB { get; set; } = 10;

    public double MaxAudioMiB { get; set; } = 20;

    public double MaxFileMiB { get; set; } = 25;

    public double MaxVideoMiB { get; set; } = 100;

    /// <summary>The bytes a user's uploads may take together.</summary>
    public double QuotaMiB { get; set; } = 500;

    /// <summary>An upload that no message shows after this long is deleted.</summary>
    public double UnusedUploadHours { get; set; } = 6;

    public long QuotaBytes => (long)(1_048_576 * QuotaMiB);

    public TimeSpan UnusedUploadLifetime => TimeSpan.FromHours(UnusedUploadHours);

    /// <summary>How often unused uploads are looked for: a twelfth of their lifetime, at most 10 minutes, at least a second.</summary>
    public TimeSpan UnusedUploadSweepInterval =>
        TimeSpan.FromSeconds(Math.Clamp(UnusedUploadLifetime.TotalSeconds / 12, 1, 600));

    /// <summary>The size limit of a kind of file, in bytes (1 MiB = 1,048,576 bytes).</summary>
    public long MaxBytes(MediaKind kind) => (long)(1_048_576 * kind switch
    {
        MediaKind.Image => MaxImageMiB,
        MediaKind.Audio => MaxAudioMiB,
        MediaKind.Video => MaxVideoMiB,
        _ => MaxFileMiB,
    });

    public long LargestBytes => new[] { MediaKind.Image, MediaKind.Audio, MediaKind.Video, MediaKind.File }.Max(MaxBytes);
}

public sealed class LocalMediaOptions
{
    /// <summary>Relative paths resolve against the content root.</summary>
    public string Root { get; set; } = "data/media";
}
