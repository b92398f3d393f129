namespace SortieChat.Domain.Messages;

/// <summary>The stored file of an image, video, audio or file message.</summary>
public sealed record MediaAttachment(
    string Url,
    string? ThumbnailUrl,
    double? Duration,
    long? FileSize,
    string? FileName,
    string? MimeType,
    int? Width,
    int? Height);
