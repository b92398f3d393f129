using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SortieChat.LoadTest.Setup;

/// <summary>
/// A token for a seeded account: the claims of a token the server issued (for a real registration), with the
/// account's own sub, email, name and a new jti, signed HS256 with the server's key (which the benchmark gave it).
/// </summary>
internal static class TokenMinter
{
    public static string Mint(string template, string signingKey, string userId, string email, string displayName)
    {
        var parts = template.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload["sub"] = userId;
        payload["email"] = email;
        payload["name"] = displayName;
        payload["jti"] = Guid.NewGuid().ToString("N");
        var unsigned = parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes(unsigned));
        return unsigned + "." + Base64Url.EncodeToString(signature);
    }
}
