namespace SortieChat.Infrastructure.Media.Cloudinary;

/// <summary><c>Media:Cloudinary</c>, or <c>CLOUDINARY_URL</c> (cloudinary://key:secret@cloud).</summary>
public sealed class CloudinaryOptions
{
    public string? CloudName { get; set; }

    public string? ApiKey { get; set; }

    public string? ApiSecret { get; set; }

    /// <summary>The upload API's address (tests point it elsewhere).</summary>
    public string BaseUrl { get; set; } = "https://api.cloudinary.com";

    /// <summary>Where delivered files live: only URLs under it (for this cloud) are accepted in messages.</summary>
    public string DeliveryUrl { get; set; } = "https://res.cloudinary.com";

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Fills what CLOUDINARY_URL gives and the section does not.</summary>
    public CloudinaryOptions WithUrl(string? cloudinaryUrl)
    {
        if (Uri.TryCreate(cloudinaryUrl, UriKind.Absolute, out var uri) && uri.Scheme == "cloudinary")
        {
            var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
            CloudName ??= uri.Host;
            ApiKey ??= credentials[0];
            ApiSecret ??= credentials.Length > 1 ? credentials[1] : null;
        }

        return this;
    }

    public bool IsComplete => !string.IsNullOrEmpty(CloudName) && !string.IsNullOrEmpty(ApiKey) && !string.IsNullOrEmpty(ApiSecret);
}
