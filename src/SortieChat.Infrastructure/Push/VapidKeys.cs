using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SortieChat.Infrastructure.Push;

/// <summary>
/// The server's VAPID identity (RFC 8292): a P-256 key pair as base64url (the public key as the uncompressed point,
/// the private key as the scalar), and the subject push services may contact.
/// </summary>
internal sealed record VapidKeys(string PublicKey, string PrivateKey, string Subject)
{
    public const string DevelopmentKeyFile = "vapid-keys.json";
    private const string DevelopmentSubject = "mailto:admin@localhost";

    /// <summary>
    /// The configured keys; in Development without them, a pair generated once into <paramref name="dataDirectory"/>.
    /// Otherwise a <see cref="StartupException"/> that says what to set.
    /// </summary>
    public static VapidKeys Resolve(PushOptions options, bool isDevelopment, string dataDirectory)
    {
        if (!string.IsNullOrEmpty(options.VapidPublicKey) && !string.IsNullOrEmpty(options.VapidPrivateKey))
        {
            var subject = options.VapidSubject ?? (isDevelopment ? DevelopmentSubject
                : throw new StartupException("Push:VapidSubject is not set: set a mailto: or https: address push services may contact."));
            return Checked(new VapidKeys(options.VapidPublicKey, options.VapidPrivateKey, subject));
        }

        if (!isDevelopment)
        {
            throw new StartupException("Push:Enabled is true but Push:VapidPublicKey and Push:VapidPrivateKey are not set: set both (a P-256 pair, base64url) outside Development.");
        }

        var file = Path.Combine(dataDirectory, DevelopmentKeyFile);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(dataDirectory);
            OwnerOnlyFile.Create(file, JsonSerializer.Serialize(Generate()));
        }

        var stored = JsonSerializer.Deserialize<StoredPair>(File.ReadAllText(file))!;
        return Checked(new VapidKeys(stored.PublicKey, stored.PrivateKey, options.VapidSubject ?? DevelopmentSubject));
    }

    private static StoredPair Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(includePrivateParameters: true);
        return new StoredPair(Base64UrlEncoder.Encode([0x04, .. p.Q.X!, .. p.Q.Y!]), Base64UrlEncoder.Encode(p.D!));
    }

    /// <summary>A pair that is not a P-256 pair fails at start, not at the first push.</summary>
    private static VapidKeys Checked(VapidKeys keys)
    {
        try
        {
            var point = Base64UrlEncoder.DecodeBytes(keys.PublicKey);
            using var key = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = point[1..33], Y = point[33..] },
                D = Base64UrlEncoder.DecodeBytes(keys.PrivateKey),
            });
            return point.Length == 65 && point[0] == 0x04 ? keys : throw new CryptographicException("not an uncompressed point");
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or ArgumentException)
        {
            throw new StartupException($"Push:VapidPublicKey and Push:VapidPrivateKey are not a P-256 key pair in base64url ({exception.Message}).");
        }
    }

    private sealed record StoredPair(string PublicKey, string PrivateKey);
}
