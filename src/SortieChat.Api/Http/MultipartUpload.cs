using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>
/// Reads POST /messages/upload as it streams: the <c>sortieId</c> field, then the <c>file</c> field handed over
/// as a stream, so the body is never held whole and reading stops when the file is refused. A body that is not
/// well-formed multipart is the client's mistake: 400 validation_failed.
/// </summary>
internal static class MultipartUpload
{
    /// <summary>A form part needs two or three headers (disposition, type, perhaps length) of a few hundred bytes.</summary>
    private const int MaxSectionHeaders = 8;

    private const int MaxSectionHeaderBytes = 4 * 1024;

    /// <summary>A UUID is 36 bytes: room for spaces around it, not for a field read whole into memory.</summary>
    private const int MaxSortieIdBytes = 64;

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

        var reader = new MultipartReader(boundary, request.Body)
        {
            HeadersCountLimit = MaxSectionHeaders,
            HeadersLengthLimit = MaxSectionHeaderBytes,
        };
        try
        {
            return await ReadSectionsAsync(reader, handleFile, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            return Error.Validation("body", $"The multipart body cannot be read: {exception.Message}");
        }
    }

    private static async Task<Result<T>> ReadSectionsAsync<T>(
        MultipartReader reader, Func<string, string?, Stream, Task<Result<T>>> handleFile, CancellationToken cancellationToken)
    {
        string? sortieId = null;
        while (await NextSectionAsync(reader, cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            var body = new MalformedAsInvalidDataStream(section.Body);
            if (name == "sortieId")
            {
                var value = new byte[MaxSortieIdBytes + 1];
                var length = await body.ReadAtLeastAsync(value, value.Length, throwOnEndOfStream: false, cancellationToken);
                if (length > MaxSortieIdBytes)
                {
                    return Error.Validation("sortieId", $"The sortieId field is longer than {MaxSortieIdBytes} bytes.");
                }

                sortieId = Encoding.UTF8.GetString(value, 0, length).Trim();
            }
            else if (name == "file")
            {
                if (sortieId is null)
                {
                    return Error.Validation("sortieId", "Send the sortieId field before the file field.");
                }

                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                // A refused file is not read on: RefusedBodyDraining decides what becomes of the rest of the body.
                return await handleFile(sortieId, fileName, body);
            }
        }

        return Error.Validation("file", "The file field is missing.");
    }

    /// <summary>The reader's own failures (a boundary that never comes, headers over the limits) as malformed data.</summary>
    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
    }

    /// <summary>
    /// A section's body whose read failures (the body ends before the closing boundary) are malformed data, told apart
    /// from the failures of whoever consumes it (a disk full while storing the file stays a server error).
    /// </summary>
    private sealed class MalformedAsInvalidDataStream(Stream section) : ReadThroughStream(section)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await Inner.ReadAsync(buffer, cancellationToken);
            }
            catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidDataException(exception.Message, exception);
            }
        }
    }
}
