using System.Text.Json;
using Microsoft.Extensions.Options;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>
/// SignalR's own endpoints (negotiate, the transports) refuse with a plain-text sentence ("Connection ID required");
/// this gives those refusals the contract's problem details and code, keeping the sentence as the detail. Every
/// answer that is not a plain-text refusal (negotiate's JSON, long polls, server-sent events) passes through untouched.
/// The switch happens as the headers go out, because SignalR starts its response before writing the sentence.
/// </summary>
internal sealed class HubTransportProblems(RequestDelegate next, PathString hubPath)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(hubPath))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        var body = new PlainTextRefusalStream(original);
        response.Body = body;
        response.OnStarting(() =>
        {
            if (IsPlainTextRefusal(response) && ErrorFor(context, string.Empty) is not null)
            {
                body.CaptureInsteadOfWriting();
                response.ContentType = ProblemFactory.ContentType;
                response.Headers.ContentLength = null;
            }

            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (!response.HasStarted && IsPlainTextRefusal(response) && ErrorFor(context, string.Empty) is { } bodiless)
        {
            // A refusal with a content type but no body (negotiate's 405): nothing was captured, nothing was sent.
            response.ContentType = null;
            await ProblemFactory.WriteAsync(context, bodiless);
        }
        else if (body.Captured is { } sentence && ErrorFor(context, sentence) is { } error)
        {
            var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            await JsonSerializer.SerializeAsync(original, ProblemFactory.Create(context, error), json, context.RequestAborted);
        }
    }

    private static bool IsPlainTextRefusal(HttpResponse response) =>
        response.StatusCode >= StatusCodes.Status400BadRequest
        && response.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;

    private static Error? ErrorFor(HttpContext context, string sentence) => context.Response.StatusCode switch
    {
        StatusCodes.Status400BadRequest => new Error(ErrorCodes.ValidationFailed, $"The hub request could not be used: {sentence}"),
        StatusCodes.Status404NotFound => Error.NotFound("This hub connection"),
        StatusCodes.Status405MethodNotAllowed => HttpErrors.MethodNotAllowed(context.Request.Method),
        _ => null,
    };
}
