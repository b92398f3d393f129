namespace SortieChat.Application.Media;

/// <summary>What an upload answers; <see cref="Type"/> is image, video, audio or file (the message type to send it as).</summary>
public sealed record UploadedMediaDto(
    string Url, string? ThumbnailUrl, string MimeType, long FileSize, string? FileName, double? MediaDuration, int? Width, int? Height, string Type);
