using SortieChat.Domain.Common;

namespace SortieChat.Application.Common;

/// <summary>The errors of <see cref="RequestErrorCodes"/>, each with its kind.</summary>
public static class RequestErrors
{
    public static Error FileTooLarge(string message) => new(RequestErrorCodes.FileTooLarge, message, ErrorKind.TooLarge);

    public static Error QuotaExceeded(string message) => new(RequestErrorCodes.QuotaExceeded, message, ErrorKind.TooLarge);

    public static Error UnsupportedMediaType(string message) => new(RequestErrorCodes.UnsupportedMediaType, message, ErrorKind.UnsupportedMediaType);

    /// <summary>"Too many {what}: wait N s.", with the wait as Retry-After.</summary>
    public static Error RateLimited(string what, int retryAfterSeconds) =>
        new(RequestErrorCodes.RateLimited, $"Too many {what}: wait {retryAfterSeconds} s.", ErrorKind.TooManyRequests)
        {
            RetryAfterSeconds = retryAfterSeconds,
        };
}
