using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary><c>SortieChat-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>, keyed by the secret's UTF-8 bytes.</summary>
internal static class WebhookSignature
{
    public const string HeaderName = "SortieChat-Signature";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
