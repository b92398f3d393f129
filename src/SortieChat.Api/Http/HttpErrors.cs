using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>The errors of <see cref="HttpErrorCodes"/>, each with its kind.</summary>
internal static class HttpErrors
{
    public static Error MethodNotAllowed(string method) =>
        new(HttpErrorCodes.MethodNotAllowed, $"This route does not take {method}.", ErrorKind.MethodNotAllowed);

    public static Error BodyTooLarge(string message) => new(HttpErrorCodes.BodyTooLarge, message, ErrorKind.TooLarge);

    public static string BodyOver(long maxBytes) => $"The body is over the {maxBytes / 1024} KiB a request may carry.";
}
