using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>
/// Reads POST /messages/upload as it streams: the <c>sortieId</c> field, then the <c>file</c> field handed over
/// as a stream, so the body is never held whole and reading stops when the file is refused.
/// </summary>
internal static class MultipartUpload
{
    public static async Task<Result<T>> ReadAsync<T>(
        HttpRequest request, long maxBodyBytes, Func<string, string?, Stream, Task<Result<T>>> handleFile, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBodyBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Error.Validation("file", "Send multipart/form-data with the fields sortieId and file.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        string? sortieId = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (name == "sortieId")
            {
                using var value = new StreamReader(section.Body);
                sortieId = (await value.ReadToEndAsync(cancellationToken)).Trim();
            }
            else if (name == "file")
            {
                if (sortieId is null)
                {
                    return Error.Validation("sortieId", "Send the sortieId field before the file field.");
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                // A refused file is not read on: RefusedBodyDraining decides what becomes of the rest of the body.
                return await handleFile(sortieId, fileName, section.Body);
            }
        }

        return Error.Validation("file", "The file field is missing.");
    }
}
