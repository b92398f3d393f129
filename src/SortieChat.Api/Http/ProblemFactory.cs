using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>The one mapping from an <see cref="Error"/> to RFC 7807 problem details (DESIGN.md section 4).</summary>
public static class ProblemFactory
{
    public const string ContentType = "application/problem+json";

    /// <summary>The one place where a kind of failure becomes an HTTP status.</summary>
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.ProviderFailed => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails Create(HttpContext context, Error error)
    {
        var status = StatusOf(error.Kind);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(error.Kind),
            Detail = error.Message,
            Instance = context.Request.Path,
            Type = $"https://httpstatuses.io/{status}",
        };
        problem.Extensions["code"] = error.Code;
        if (error.Fields is { } fields)
        {
            problem.Extensions["errors"] = fields;
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        if (error.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return problem;
    }

    /// <summary>Writes the problem as the whole response (outside MVC: authentication, middleware, exception handler).</summary>
    public static Task WriteAsync(HttpContext context, Error error)
    {
        var problem = Create(context, error);
        context.Response.StatusCode = problem.Status!.Value;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, ContentType, context.RequestAborted);
    }

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "The request is not valid.",
        ErrorKind.Unauthorized => "Authentication is missing or failed.",
        ErrorKind.Forbidden => "You are not allowed to do this.",
        ErrorKind.NotFound => "Not found.",
        ErrorKind.MethodNotAllowed => "This method is not allowed on this route.",
        ErrorKind.Conflict => "The request conflicts with the current state.",
        ErrorKind.TooLarge => "The request is too large.",
        ErrorKind.UnsupportedMediaType => "The media type is not supported.",
        ErrorKind.TooManyRequests => "Too many requests.",
        ErrorKind.ProviderFailed => "A service the server relies on failed.",
        _ => "An unexpected error occurred.",
    };
}
