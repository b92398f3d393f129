namespace SortieChat.Application.Abstractions;

/// <summary>Which bearer tokens the host accepts: the built-in ones this server signs, or an external issuer's.</summary>
public interface IAccessTokenSettings
{
    /// <summary>An external OpenID Connect issuer; null when accounts are built in.</summary>
    string? Authority { get; }

    string Issuer { get; }

    string Audience { get; }

    /// <summary>The HS256 key of built-in tokens, read when first asked (there is none with an <see cref="Authority"/>).</summary>
    byte[] SigningKey { get; }
}
