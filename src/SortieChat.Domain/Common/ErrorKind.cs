namespace SortieChat.Domain.Common;

/// <summary>What sort of failure an error is; each host turns a kind into its own answer (the Api: an HTTP status).</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    Conflict,
    TooLarge,
    UnsupportedMediaType,
    TooManyRequests,
    ProviderFailed,
    Unexpected,
}
