using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>
/// The answers the framework writes without a body (routing's 404 and 405, MVC's 415 for a content type a route does
/// not take, a bare 400), given the contract's problem details and code.
/// </summary>
internal static class FrameworkProblems
{
    public static Task WriteAsync(HttpContext context) => ErrorFor(context) is { } error
        ? ProblemFactory.WriteAsync(context, error)
        : Task.CompletedTask;

    private static Error? ErrorFor(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status400BadRequest => new Error(ErrorCodes.ValidationFailed, "The request could not be read."),
        StatusCodes.Status404NotFound => Error.NotFound("This route"),
        StatusCodes.Status405MethodNotAllowed => HttpErrors.MethodNotAllowed(context.Request.Method),
        StatusCodes.Status415UnsupportedMediaType => RequestErrors.UnsupportedMediaType(
            $"This route does not take a body of type '{context.Request.ContentType ?? "none"}'; send application/json."),
        _ => null,
    };
}
