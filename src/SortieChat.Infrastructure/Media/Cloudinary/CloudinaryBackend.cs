using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Media.Cloudinary;

/// <summary>
/// Checked uploads go to Cloudinary (image, video for video and audio, raw for files); thumbnails are URL
/// transformations, and the figures come from its answer. Nothing is kept locally.
/// The URL issued is canonical, one per asset: <c>{delivery}/{cloud}/{resource_type}/upload/sortiechat/{32 hex}</c>
/// (no version, no extension, no transformation; the thumbnail adds exactly ours). Only that exact shape is accepted
/// back, so one asset has one URL, and "is another message still showing it" by URL is the same as by public id:
/// nobody can name someone else's asset differently to get it destroyed.
/// </summary>
internal sealed partial class CloudinaryBackend(CloudinaryClient client, IOptions<CloudinaryOptions> options) : IMediaBackend, IMediaStore
{
    private const string Thumbnail = "c_limit,w_320,h_320";

    private string Delivered => $"{options.Value.DeliveryUrl.TrimEnd('/')}/{options.Value.CloudName}/";

    public async Task<Result<StoredFile>> StoreAsync(CheckedFile file, CancellationToken cancellationToken)
    {
        try
        {
            var publicId = "sortiechat/" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var resourceType = ResourceTypeOf(file.Type.Kind);
            var uploaded = await client.UploadAsync(file.TemporaryPath, resourceType, publicId, cancellationToken);
            var url = $"{Delivered}{resourceType}/upload/{publicId}";
            var thumbnail = file.Type.Kind == MediaKind.Image ? $"{Delivered}{resourceType}/upload/{Thumbnail}/{publicId}" : null;
            return new StoredFile(url, thumbnail, uploaded.Width ?? file.Width, uploaded.Height ?? file.Height, uploaded.Duration ?? file.Duration);
        }
        catch (CloudinaryException exception)
        {
            return new Error(ErrorCodes.MediaProviderFailed, $"The media provider failed: {exception.Message}");
        }
    }

    public ValueTask<bool> IsIssuedAsync(string url, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryParse(url, out _, out _, out _));

    public async ValueTask DeleteAsync(string url, CancellationToken cancellationToken)
    {
        // A thumbnail is a view of its image: the asset goes with the image's own URL.
        if (TryParse(url, out var resourceType, out var publicId, out var isThumbnail) && !isThumbnail)
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

    /// <summary>Exactly the canonical shape issued by <see cref="StoreAsync"/>, for this cloud.</summary>
    private bool TryParse(string url, out string resourceType, out string publicId, out bool isThumbnail)
    {
        resourceType = publicId = string.Empty;
        isThumbnail = false;
        if (!url.StartsWith(Delivered, StringComparison.Ordinal) || CanonicalPath().Match(url[Delivered.Length..]) is not { Success: true } match)
        {
            return false;
        }

        resourceType = match.Groups["type"].Value;
        isThumbnail = match.Groups["thumbnail"].Success;
        publicId = "sortiechat/" + match.Groups["id"].Value;
        return !isThumbnail || resourceType == "image";
    }

    [GeneratedRegex("^(?<type>image|video|raw)/upload/(?<thumbnail>" + Thumbnail + "/)?sortiechat/(?<id>[0-9a-f]{32})$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalPath();
}
