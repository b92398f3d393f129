namespace SortieChat.Infrastructure.Identity;

/// <summary>The <c>Jwt</c> section (DESIGN.md section 7).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>HS256 key: its UTF-8 text is the key, at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "sortiechat";

    public string Audience { get; set; } = "sortiechat";

    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>An external OpenID Connect issuer instead of built-in accounts.</summary>
    public string? Authority { get; set; }
}
