using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace SortieChat.Infrastructure.Identity;

/// <summary>The HS256 key that signs and validates built-in tokens.</summary>
public sealed class JwtSigningKey
{
    public const int MinimumBytes = 32;
    public const string DevelopmentKeyFile = "jwt-signing.key";

    private JwtSigningKey(string text) => Key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(text));

    public SymmetricSecurityKey Key { get; }

    /// <summary>
    /// The configured key; in Development without one, a random key generated once into <paramref name="dataDirectory"/>.
    /// Otherwise a <see cref="StartupException"/> that says what to set.
    /// </summary>
    public static JwtSigningKey Resolve(string? configured, bool isDevelopment, string dataDirectory)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Encoding.UTF8.GetByteCount(configured) >= MinimumBytes
                ? new JwtSigningKey(configured)
                : throw new StartupException($"Jwt:SigningKey is too short: it needs at least {MinimumBytes} bytes of UTF-8 text.");
        }

        if (!isDevelopment)
        {
            throw new StartupException("Jwt:SigningKey is not set: set it (at least 32 bytes, e.g. the Jwt__SigningKey environment variable) outside Development.");
        }

        var file = Path.Combine(dataDirectory, DevelopmentKeyFile);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(dataDirectory);
            OwnerOnlyFile.Create(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        }

        return new JwtSigningKey(File.ReadAllText(file).Trim());
    }
}
