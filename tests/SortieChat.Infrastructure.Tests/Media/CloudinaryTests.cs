using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using SortieChat.Domain.Common;
using SortieChat.Infrastructure.Media;
using SortieChat.Infrastructure.Media.Cloudinary;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SortieChat.Infrastructure.Tests.Media;

/// <summary>The Cloudinary adapter against a WireMock server standing in for Cloudinary's upload API.</summary>
public sealed partial class CloudinaryTests : IDisposable
{
    private const string Secret = "test-secret";
    private const string Hex = "0123456789abcdef0123456789abcdef";
    private readonly WireMockServer cloudinary = WireMockServer.Start();
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sortiechat-cloudinary-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    public CloudinaryTests()
    {
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Media:Provider"] = "Cloudinary",
            ["CLOUDINARY_URL"] = $"cloudinary://123456:{Secret}@demo",
            ["Media:Cloudinary:BaseUrl"] = cloudinary.Url,
            // Attempts get half of it: 3 s (at 6) was retried on a loaded machine, and the tests count requests.
            ["Media:Cloudinary:TimeoutSeconds"] = "20",
            ["Storage:Sqlite:Path"] = Path.Combine(directory, "db.sqlite"),
        }).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddInfrastructure(configuration, new HostingEnvironment { EnvironmentName = "Development", ContentRootPath = directory })
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        services.Dispose();
        cloudinary.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Signature_OfCloudinarysWorkedExample_IsTheDocumentedDigest()
    {
        // From Cloudinary's "Generating authentication signatures" page (secret "abcd").
        var parameters = new Dictionary<string, string>
        {
            ["timestamp"] = "1315060510",
            ["public_id"] = "sample_image",
            ["eager"] = "w_400,h_300,c_pad|w_260,h_200,c_crop",
            ["api_key"] = "1234",
            ["file"] = "ignored",
            ["resource_type"] = "image",
        };

        CloudinarySignature.Sign(parameters, "abcd").Should().Be("bfd09f95f331f558cbd1320e67aa8d488770583e");
    }

    [Fact]
    public async Task Upload_SendsASignedRequestAndMapsTheAnswer()
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/image/upload").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            secure_url = "https://res.cloudinary.com/demo/image/upload/v1700000000/sortiechat/abc.png",
            public_id = "sortiechat/abc",
            resource_type = "image",
            width = 1280,
            height = 960,
            bytes = 4,
        }));

        var stored = await Backend().StoreAsync(Checked(MediaKind.Image), TestContext.Current.CancellationToken);

        stored.Error.Should().BeNull();
        var body = cloudinary.LogEntries.Single().RequestMessage.Body!;
        var fields = FormField().Matches(body).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value.Trim());
        stored.Value.Should().Be(new StoredFile(
            $"https://res.cloudinary.com/demo/image/upload/{fields["public_id"]}",
            $"https://res.cloudinary.com/demo/image/upload/c_limit,w_320,h_320/{fields["public_id"]}",
            1280, 960, null), "one canonical URL per asset: no version, no extension");
        fields["api_key"].Should().Be("123456");
        fields["signature"].Should().Be(CloudinarySignature.Sign(
            new Dictionary<string, string> { ["public_id"] = fields["public_id"], ["timestamp"] = fields["timestamp"] }, Secret));
        fields["public_id"].Should().MatchRegex("^sortiechat/[0-9a-f]{32}$");
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Upload_RefusedOrFailing_IsMediaProviderFailed(int status)
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/raw/upload").UsingPost()).RespondWith(Response.Create().WithStatusCode(status));

        var stored = await Backend().StoreAsync(Checked(MediaKind.File), TestContext.Current.CancellationToken);

        stored.Error!.Code.Should().Be(ErrorCodes.MediaProviderFailed);
    }

    [Fact]
    public async Task Upload_TooSlow_TimesOutAsMediaProviderFailed()
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/video/upload").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(60)));

        var stored = await Backend().StoreAsync(Checked(MediaKind.Audio), TestContext.Current.CancellationToken);

        stored.Error!.Code.Should().Be(ErrorCodes.MediaProviderFailed);
    }

    [Fact]
    public async Task Delete_AnIssuedUrl_DestroysItsAssetWithASignedRequest()
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/image/destroy").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { result = "ok" }));

        await Backend().DeleteAsync($"https://res.cloudinary.com/demo/image/upload/sortiechat/{Hex}", TestContext.Current.CancellationToken);

        var form = System.Web.HttpUtility.ParseQueryString(cloudinary.LogEntries.First().RequestMessage.Body!); // a loaded machine may see a retry of the same request
        form["public_id"].Should().Be($"sortiechat/{Hex}");
        form["signature"].Should().Be(CloudinarySignature.Sign(
            new Dictionary<string, string> { ["public_id"] = $"sortiechat/{Hex}", ["timestamp"] = form["timestamp"]! }, Secret));
    }

    [Theory]
    [InlineData("https://res.cloudinary.com/demo/image/upload/c_limit,w_320,h_320/sortiechat/" + Hex)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/v1700000000/sortiechat/" + Hex + ".png")]
    [InlineData("https://res.cloudinary.com/demo/image/upload/e_blur:2000/sortiechat/" + Hex)]
    public async Task Delete_AThumbnailOrAnotherNameOfTheAsset_DestroysNothing(string url)
    {
        await Backend().DeleteAsync(url, TestContext.Current.CancellationToken);

        cloudinary.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://res.cloudinary.com/demo/image/upload/sortiechat/" + Hex, true)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/c_limit,w_320,h_320/sortiechat/" + Hex, true)]
    [InlineData("https://res.cloudinary.com/demo/raw/upload/sortiechat/" + Hex, true)]
    [InlineData("https://res.cloudinary.com/demo/video/upload/sortiechat/" + Hex, true)]
    [InlineData("https://res.cloudinary.com/other/image/upload/sortiechat/" + Hex, false)]
    [InlineData("https://evil.example.com/demo/image/upload/sortiechat/" + Hex, false)]
    [InlineData("/media/" + Hex + ".png", false)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/v1700000000/sortiechat/" + Hex, false)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/sortiechat/" + Hex + ".jpg", false)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/e_blur:2000/sortiechat/" + Hex, false)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/c_limit,w_320,h_320/e_blur:2000/sortiechat/" + Hex, false)]
    [InlineData("https://res.cloudinary.com/demo/raw/upload/c_limit,w_320,h_320/sortiechat/" + Hex, false)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/sortiechat/" + Hex + "?x=1", false)]
    [InlineData("https://res.cloudinary.com/demo/image/upload/sortiechat/ABCDEF0123456789ABCDEF0123456789", false)]
    public async Task IsIssued_OnlyForThisCloudsUploads(string url, bool issued)
    {
        (await Backend().IsIssuedAsync(url, TestContext.Current.CancellationToken)).Should().Be(issued);
    }

    private CloudinaryBackend Backend() => services.GetRequiredService<CloudinaryBackend>();

    private CheckedFile Checked(MediaKind kind)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        return new CheckedFile(path, new SniffedType(kind, "application/octet-stream", ".bin"), 4, null, null, null, null);
    }

    [GeneratedRegex("name=\"?(?<name>[a-z_]+)\"?\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(?<value>[^\\r\\n]*)")]
    private static partial Regex FormField();
}
