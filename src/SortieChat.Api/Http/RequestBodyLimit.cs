using Microsoft.AspNetCore.Http.Metadata;

namespace SortieChat.Api.Http;

/// <summary>
/// Bodies are capped at 64 KiB on every route (DESIGN.md section 4), unless the route's metadata says otherwise (the
/// upload route sets its own limit). A declared length over the cap is refused at once; a body of unknown length is
/// refused when it passes the cap, and the server's stream stays readable for <see cref="RefusedBodyDraining"/>.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public const long DefaultMaxBytes = 64 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } metadata
            ? metadata.MaxRequestBodySize
            : DefaultMaxBytes;
        if (limit is not { } maxBytes)
        {
            return next(context);
        }

        if (context.Request.ContentLength > maxBytes)
        {
            return ProblemFactory.WriteAsync(context, HttpErrors.BodyTooLarge(HttpErrors.BodyOver(maxBytes)));
        }

        context.Request.Body = new CappedStream(context.Request.Body, maxBytes);
        return next(context);
    }
}
