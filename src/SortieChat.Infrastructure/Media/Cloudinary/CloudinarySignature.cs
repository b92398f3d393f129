using System.Security.Cryptography;
using System.Text;

namespace SortieChat.Infrastructure.Media.Cloudinary;

/// <summary>
/// Cloudinary's request signature: every parameter but file, cloud_name, resource_type and api_key, sorted by
/// name, joined as name=value with &amp;, the API secret appended, hashed with SHA-1, in lower-case hex.
/// </summary>
public static class CloudinarySignature
{
    private static readonly HashSet<string> Unsigned = ["file", "cloud_name", "resource_type", "api_key"];

    public static string Sign(IEnumerable<KeyValuePair<string, string>> parameters, string apiSecret)
    {
        var toSign = string.Join('&', parameters
            .Where(p => !Unsigned.Contains(p.Key) && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));
#pragma warning disable CA5350 // SHA-1 is what Cloudinary's signature is defined with.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(toSign + apiSecret)));
#pragma warning restore CA5350
    }
}
