using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Media.Cloudinary;

/// <summary>
/// Checked uploads go to Cloudinary (image, video for video and audio, raw for files); its secure_url is the URL,
/// thumbnails are URL transformations, and the figures come from its answer. Nothing is kept locally.
/// </summary>
internal sealed class CloudinaryBackend(CloudinaryClient client, IOptions<CloudinaryOptions> options) : IMediaBackend, IMediaStore
{
    private const string Thumbnail = "c_limit,w_320,h_320";

    private string Delivered => $"{options.Value.DeliveryUrl.TrimEnd('/')}/{options.Value.CloudName}/";

    public async Task<Result<StoredFile>> StoreAsync(CheckedFile file, CancellationToken cancellationToken)
    {
        try
        {
            var publicId = "sortiechat/" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var uploaded = await client.UploadAsync(file.TemporaryPath, ResourceTypeOf(file.Type.Kind), publicId, cancellationToken);
            var thumbnail = file.Type.Kind == MediaKind.Image ? uploaded.SecureUrl.Replace("/upload/", $"/upload/{Thumbnail}/", StringComparison.Ordinal) : null;
            return new StoredFile(uploaded.SecureUrl, thumbnail, uploaded.Width ?? file.Width, uploaded.Height ?? file.Height, uploaded.Duration ?? file.Duration);
        }
        catch (CloudinaryException exception)
        {
            return new Error(ErrorCodes.MediaProviderFailed, $"The media provider failed: {exception.Message}");
        }
    }

    public ValueTask<bool> IsIssuedAsync(string url, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryParse(url, out _, out _));

    public async ValueTask DeleteAsync(string url, CancellationToken cancellationToken)
    {
        if (TryParse(url, out var resourceType, out var publicId) && !url.Contains($"/upload/{Thumbnail}/", StringComparison.Ordinal))
        {
            await client.DestroyAsync(publicId, resourceType, cancellationToken);
        }
    }

    private static string ResourceTypeOf(MediaKind kind) => kind switch
    {
        MediaKind.Image => "image",
        MediaKind.Video or MediaKind.Audio => "video",
        _ => "raw",
    };

    /// <summary>{delivery}/{cloud}/{resource_type}/upload/[transformation/][v123/]sortiechat/{id}[.ext]</summary>
    private bool TryParse(string url, out string resourceType, out string publicId)
    {
        resourceType = publicId = string.Empty;
        if (!url.StartsWith(Delivered, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = url[Delivered.Length..].Split('/');
        var folder = Array.IndexOf(parts, "sortiechat");
        if (parts.Length < 4 || parts[1] != "upload" || folder < 2 || folder != parts.Length - 2)
        {
            return false;
        }

        resourceType = parts[0];
        var id = parts[^1];
        publicId = "sortiechat/" + (resourceType == "raw" ? id : Path.GetFileNameWithoutExtension(id));
        return true;
    }
}
