namespace SortieChat.Domain.Common;

/// <summary>
/// The stable problem codes of DESIGN.md section 4 that speak of the domain's state. Codes about the request itself
/// (its size, type, rate or method) belong to the layers that check them.
/// </summary>
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
    public const string SlowMode = "slow_mode";
    public const string MessageDeleted = "message_deleted";
    public const string PinLimit = "pin_limit";
    public const string ReactionLimit = "reaction_limit";
    public const string MediaProviderFailed = "media_provider_failed";
    public const string InternalError = "internal_error";

    /// <summary>The kind of each code above; a code from elsewhere comes with its kind.</summary>
    public static ErrorKind KindOf(string code) => code switch
    {
        ValidationFailed => ErrorKind.Validation,
        Unauthorized or InvalidCredentials => ErrorKind.Unauthorized,
        NotAMember or Forbidden => ErrorKind.Forbidden,
        NotFound => ErrorKind.NotFound,
        EmailTaken or AlreadyRequested or InvalidTransition or SortieFull or Conflict or MessageDeleted or PinLimit or ReactionLimit => ErrorKind.Conflict,
        SlowMode => ErrorKind.TooManyRequests,
        MediaProviderFailed => ErrorKind.ProviderFailed,
        InternalError => ErrorKind.Unexpected,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a code of the domain: create the error with its kind."),
    };
}
