using SortieChat.Domain.Common;

namespace SortieChat.Domain.Messages;

/// <summary>The stored file of an image, video, audio or file message; its file name keeps no format characters.</summary>
public sealed record MediaAttachment(
    string Url,
    string? ThumbnailUrl,
    double? Duration,
    long? FileSize,
    string? FileName,
    string? MimeType,
    int? Width,
    int? Height)
{
    public string? FileName { get; init; } = FileName is null ? null : Names.Clean(FileName);
}
