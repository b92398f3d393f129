namespace SortieChat.Application.Common;

/// <summary>Codes of DESIGN.md section 4 about the request itself (its size, type or rate), not the domain's state.</summary>
public static class RequestErrorCodes
{
    public const string FileTooLarge = "file_too_large";
    public const string QuotaExceeded = "quota_exceeded";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
}
