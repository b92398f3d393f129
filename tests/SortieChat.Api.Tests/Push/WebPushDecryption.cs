using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace SortieChat.Api.Tests.Push;

/// <summary>What a browser does with a push: decrypt aes128gcm (RFC 8188 with the keys of RFC 8291), check the VAPID JWT (RFC 8292).</summary>
public static class WebPushDecryption
{
    public static JsonNode Decrypt(byte[] body, PushKeys keys)
    {
        var salt = body[..16];
        var recordSize = (body[16] << 24) | (body[17] << 16) | (body[18] << 8) | body[19];
        var idLength = body[20];
        var serverPublic = body[21..(21 + idLength)];
        var ciphertext = body[(21 + idLength)..];
        recordSize.Should().BeGreaterThanOrEqualTo(ciphertext.Length, "one record");

        using var server = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = serverPublic[1..33], Y = serverPublic[33..] },
        });
        var shared = keys.Key.DeriveRawSecretAgreement(server.PublicKey);
        var keyInfo = Encoding.ASCII.GetBytes("WebPush: info\0").Concat(keys.PublicPoint).Concat(serverPublic).ToArray();
        var ikm = HKDF.Expand(HashAlgorithmName.SHA256, HKDF.Extract(HashAlgorithmName.SHA256, shared, keys.AuthSecret), 32, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0"));
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, Encoding.ASCII.GetBytes("Content-Encoding: nonce\0"));

        var plain = new byte[ciphertext.Length - 16];
        using var aes = new AesGcm(cek, 16);
        aes.Decrypt(nonce, ciphertext[..^16], ciphertext[^16..], plain);
        var end = Array.LastIndexOf(plain, (byte)0x02);
        end.Should().BeGreaterThan(0, "the last record ends with the delimiter 2 before any padding");
        return JsonNode.Parse(plain.AsSpan(0, end))!;
    }

    /// <summary>Checks <c>Authorization: vapid t=&lt;jwt&gt;, k=&lt;key&gt;</c> and returns the JWT's claims.</summary>
    public static JsonNode VerifyVapid(string authorization, string expectedPublicKey)
    {
        authorization.Should().StartWith("vapid ");
        var parts = authorization["vapid ".Length..].Split(',').Select(p => p.Trim().Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        parts["k"].Should().Be(expectedPublicKey);
        var jwt = parts["t"].Split('.');
        JsonNode.Parse(Base64UrlEncoder.Decode(jwt[0]))!["alg"]!.GetValue<string>().Should().Be("ES256");
        var point = Base64UrlEncoder.DecodeBytes(expectedPublicKey);
        using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = point[1..33], Y = point[33..] } });
        key.VerifyData(Encoding.ASCII.GetBytes($"{jwt[0]}.{jwt[1]}"), Base64UrlEncoder.DecodeBytes(jwt[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            .Should().BeTrue("the JWT is signed by the server's VAPID key");
        return JsonNode.Parse(Base64UrlEncoder.Decode(jwt[1]))!;
    }
}
