using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace SortieChat.Api.Tests.Push;

/// <summary>A browser's side of a subscription: a P-256 key pair and an auth secret, as <c>PushSubscription.toJSON()</c> gives them.</summary>
public sealed class PushKeys : IDisposable
{
    public ECDiffieHellman Key { get; } = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);

    public byte[] AuthSecret { get; } = RandomNumberGenerator.GetBytes(16);

    public byte[] PublicPoint
    {
        get
        {
            var q = Key.ExportParameters(false).Q;
            return [0x04, .. q.X!, .. q.Y!];
        }
    }

    public string P256dh => Base64UrlEncoder.Encode(PublicPoint);

    public string Auth => Base64UrlEncoder.Encode(AuthSecret);

    /// <summary>The body of POST /users/me/push-subscriptions for a fresh endpoint of push.example.com.</summary>
    public static object NewSubscription(string? endpoint = null)
    {
        using var keys = new PushKeys();
        return keys.Body(endpoint ?? $"https://push.example.com/send/{Guid.NewGuid():N}");
    }

    public object Body(string endpoint) => new { endpoint, keys = new { p256dh = P256dh, auth = Auth } };

    public void Dispose() => Key.Dispose();
}
