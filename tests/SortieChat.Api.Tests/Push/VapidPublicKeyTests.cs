using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Push;

/// <summary>GET /push/vapid-public-key (DESIGN.md section 9): open, a P-256 point browsers take, 404 with push off.</summary>
public sealed class VapidPublicKeyTests
{
    [Fact]
    public async Task VapidPublicKey_InDevelopment_IsAP256PointGeneratedOnceUnderData()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sortiechat-api-tests", "offline-vapid-" + Guid.NewGuid().ToString("N"));
        string first;
        await using (var factory = new ApiFactory(directory) { KeepDirectory = true })
        {
            using var anonymous = factory.CreateClient();
            first = (await (await anonymous.GetAsync("/push/vapid-public-key", TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK)).Str("publicKey");
        }

        await using var restarted = new ApiFactory(directory);
        using var again = restarted.CreateClient();
        var second = (await (await again.GetAsync("/push/vapid-public-key", TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK)).Str("publicKey");

        first.Should().Be(second).And.MatchRegex("^[A-Za-z0-9_-]{87}$", "65 bytes in unpadded base64url");
        var point = Base64UrlEncoder.DecodeBytes(first);
        point[0].Should().Be(0x04, "an uncompressed point");
        using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = point[1..33], Y = point[33..] } });
        key.KeySize.Should().Be(256);
    }

    [Fact]
    public async Task VapidPublicKey_WithPushDisabled_IsNotFound()
    {
        await using var factory = new ApiFactory { Settings = [("Push:Enabled", "false")] };
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync("/push/vapid-public-key", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        File.Exists(Path.Combine(factory.Directory, "data", "vapid-keys.json")).Should().BeFalse();
    }
}
