namespace SortieChat.Domain.Common;

/// <summary>The stable problem codes of DESIGN.md section 4.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string Unauthorized = "unauthorized";
    public const string InvalidCredentials = "invalid_credentials";
    public const string NotAMember = "not_a_member";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string EmailTaken = "email_taken";
    public const string AlreadyRequested = "already_requested";
    public const string InvalidTransition = "invalid_transition";
    public const string SortieFull = "sortie_full";
    public const string Conflict = "conflict";
    public const string FileTooLarge = "file_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string SlowMode = "slow_mode";
    public const string MediaProviderFailed = "media_provider_failed";
    public const string InternalError = "internal_error";
}
