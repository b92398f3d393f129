namespace SortieChat.Application.Abstractions;

/// <summary>Whether Web Push is on (<c>Push:Enabled</c>), and the VAPID public key browsers subscribe with.</summary>
public interface IPushSettings
{
    bool Enabled { get; }

    /// <summary>Base64url of the uncompressed P-256 point, unpadded; null when push is off.</summary>
    string? VapidPublicKey { get; }

    /// <summary>For tests only (<c>Push:AllowInsecureEndpoints</c>): endpoints may be http, loopback or private.</summary>
    bool AllowInsecureEndpoints { get; }
}
