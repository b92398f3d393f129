using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace SortieChat.Api.Http;

/// <summary>
/// A refused request reaches its client as an answer, not as a reset connection (DESIGN.md section 4). Before an error
/// answer starts, the rest of the request body is read and dropped, up to 1 MiB; a longer body is left unread, and the
/// answer is sent with <c>Connection: close</c> before the connection is closed.
/// </summary>
/// <remarks>Kestrel drains an unread body on its own only for 5 s, and not at all once the app has read part of it.</remarks>
internal sealed class RefusedBodyDraining(RequestDelegate next)
{
    public const long DrainLimitBytes = 1_048_576;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
        {
            // The server's own body stream: a route's cap (RequestBodyLimit) does not stop the drain.
            var body = context.Request.Body;
            context.Response.OnStarting(() => DrainIfRefusedAsync(context, body));
        }

        return next(context);
    }

    private static async Task DrainIfRefusedAsync(HttpContext context, Stream body)
    {
        if (context.Response.StatusCode < StatusCodes.Status400BadRequest)
        {
            return;
        }

        if (await DrainAsync(body, context.RequestAborted))
        {
            return;
        }

        context.Response.Headers.Connection = "close";
        context.Response.OnCompleted(() =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
    }

    /// <summary>True when the body ended within <see cref="DrainLimitBytes"/>.</summary>
    private static async Task<bool> DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            for (long drained = 0; drained <= DrainLimitBytes;)
            {
                var read = await body.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    return true;
                }

                drained += read;
            }

            return false;
        }
        catch (Exception exception) when (exception is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // Over the size limit, cut, or too slow: the body cannot be read to its end.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
