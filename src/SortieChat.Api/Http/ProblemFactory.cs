using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>The one mapping from an <see cref="Error"/> to RFC 7807 problem details (DESIGN.md section 4).</summary>
public static class ProblemFactory
{
    public const string ContentType = "application/problem+json";

    public static int StatusOf(string code) => code switch
    {
        ErrorCodes.ValidationFailed => StatusCodes.Status400BadRequest,
        ErrorCodes.Unauthorized or ErrorCodes.InvalidCredentials => StatusCodes.Status401Unauthorized,
        ErrorCodes.NotAMember or ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        ErrorCodes.NotFound => StatusCodes.Status404NotFound,
        ErrorCodes.EmailTaken or ErrorCodes.AlreadyRequested or ErrorCodes.InvalidTransition or ErrorCodes.SortieFull or ErrorCodes.Conflict
            => StatusCodes.Status409Conflict,
        ErrorCodes.FileTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.RateLimited or ErrorCodes.SlowMode => StatusCodes.Status429TooManyRequests,
        ErrorCodes.MediaProviderFailed => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static ProblemDetails Create(HttpContext context, Error error, int? status = null)
    {
        status ??= StatusOf(error.Code);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(error.Code),
            Detail = error.Message,
            Instance = context.Request.Path,
            Type = $"https://httpstatuses.io/{status.Value}",
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
    public static Task WriteAsync(HttpContext context, Error error, int? status = null)
    {
        var problem = Create(context, error, status);
        context.Response.StatusCode = problem.Status!.Value;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, ContentType, context.RequestAborted);
    }

    private static string TitleOf(string code) => code switch
    {
        ErrorCodes.ValidationFailed => "The request is not valid.",
        ErrorCodes.Unauthorized => "Authentication is required.",
        ErrorCodes.InvalidCredentials => "The credentials are not valid.",
        ErrorCodes.NotAMember => "You are not a member of this chat.",
        ErrorCodes.Forbidden => "You are not allowed to do this.",
        ErrorCodes.NotFound => "Not found.",
        ErrorCodes.RateLimited or ErrorCodes.SlowMode => "Too many requests.",
        ErrorCodes.InternalError => "An unexpected error occurred.",
        _ => "The request conflicts with the current state.",
    };
}
