using System.Net;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>Bad input gets its status and code with the field named, never a 500.</summary>
public sealed class BadInputHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData("{\"type\":\"text\",\"content\":", "content")]
    [InlineData("[1,2,3]", "body")]
    [InlineData("{\"type\":\"text\",\"content\":42}", "content")]
    [InlineData("{\"type\":\"sticker\",\"content\":\"hi\"}", "type")]
    [InlineData("{\"type\":7}", "type")]
    [InlineData("{\"type\":\"system\",\"content\":\"I am the server\"}", "type")]
    [InlineData("{\"content\":\"no type\"}", "type")]
    [InlineData("{\"type\":\"text\",\"content\":\"\"}", "content")]
    [InlineData("{\"type\":\"text\",\"content\":\"look\",\"mediaUrl\":\"https://example.com/x.png\"}", "mediaUrl")]
    [InlineData("{\"type\":\"video\",\"mediaUrl\":\"https://example.com/cat.mp4\"}", "mediaUrl")]
    [InlineData("{\"type\":\"file\",\"mediaUrl\":\"/media/00000000000000000000000000000000.pdf\"}", "mediaUrl")]
    [InlineData("{\"type\":\"location\",\"location\":{\"latitude\":91,\"longitude\":0}}", "location.latitude")]
    [InlineData("{\"type\":\"location\",\"location\":{\"latitude\":0,\"longitude\":-181}}", "location.longitude")]
    [InlineData("{\"type\":\"text\",\"content\":\"hi\",\"clientMessageId\":\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\"}", "clientMessageId")]
    [InlineData("{\"type\":\"image\"}", "mediaUrl")]
    [InlineData("{\"type\":\"audio\",\"mediaUrl\":\"https://evil.example.com/a.mp3\"}", "mediaUrl")]
    [InlineData("{\"type\":\"location\"}", "location")]
    [InlineData("{\"type\":\"location\",\"location\":{\"latitude\":\"north\",\"longitude\":0}}", "location.latitude")]
    [InlineData("{\"type\":\"text\",\"content\":\"hi\",\"replyTo\":\"nope\"}", "replyTo")]
    [InlineData("{\"type\":\"text\",\"content\":\"hi\",\"width\":1.5}", "width")]
    public async Task Send_WithBadBody_Is400ValidationFailedNamingTheField(string json, string field)
    {
        var response = await scenario.Bob.PostRawAsync($"/messages/sortie/{scenario.SortieId}", json);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem["errors"]![field].Should().NotBeNull(problem.ToJsonString());
    }

    [Fact]
    public async Task Send_SystemTypeFromAStranger_Is400BeforeMembershipIsChecked()
    {
        var response = await scenario.Mallory.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "system", content = "I am the server" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["type"].Should().NotBeNull();
    }

    [Fact]
    public async Task Send_ContentOverTheLimit_Is400OnContent()
    {
        var response = await scenario.Bob.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = new string('x', 5001) });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["content"].Should().NotBeNull();
    }

    [Fact]
    public async Task Send_ReplyToAMessageOfAnotherChat_Is400OnReplyTo()
    {
        var other = await (await scenario.Alice.PostAsync("/sorties", new { title = "Other", startsAt = "2026-12-25T12:00:00Z", maxParticipants = 2 }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var elsewhere = await (await scenario.Alice.PostAsync($"/messages/sortie/{other.Str("id")}", new { type = "text", content = "elsewhere" }))
            .ShouldBeAsync(HttpStatusCode.Created);

        var response = await scenario.Alice.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "re", replyTo = elsewhere.Str("id") });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["replyTo"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("/sorties/abc")]
    [InlineData("/chats/123")]
    [InlineData("/chats/sortie/xyz/members")]
    [InlineData("/messages/not-a-uuid")]
    [InlineData("/messages/chat/0190b7a4-3c5e-7d2a-9f1b")]
    public async Task Get_WithAMalformedId_Is400ValidationFailed(string path)
    {
        await (await scenario.Bob.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Theory]
    [InlineData("/sorties/0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b")]
    [InlineData("/chats/0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b")]
    [InlineData("/chats/sortie/0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b")]
    [InlineData("/messages/0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b")]
    [InlineData("/messages/chat/0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b")]
    public async Task Get_WithAWellFormedUnknownId_Is404NotFound(string path)
    {
        await (await scenario.Bob.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("{\"status\":\"ACCEPTED\"}")]
    [InlineData("{\"status\":\"acceptee\"}")]
    [InlineData("{\"status\":3}")]
    [InlineData("{}")]
    public async Task ChangeStatus_WithAnUnknownStatus_Is400OnStatus(string json)
    {
        var response = await scenario.Alice.Client.PatchAsync(
            $"/participations/{scenario.BobsParticipationId}/status",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["status"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("{\"title\":\"T\",\"startsAt\":\"tomorrow\",\"maxParticipants\":2}", "startsAt")]
    [InlineData("{\"title\":\"T\",\"startsAt\":\"2026-12-24T12:00:00Z\",\"maxParticipants\":\"ten\"}", "maxParticipants")]
    [InlineData("{\"title\":\"T\",\"startsAt\":\"2026-12-24T12:00:00Z\",\"maxParticipants\":1001}", "maxParticipants")]
    [InlineData("{\"title\":\"\",\"startsAt\":\"2026-12-24T12:00:00Z\",\"maxParticipants\":2}", "title")]
    public async Task CreateSortie_WithBadBody_Is400NamingTheField(string json, string field)
    {
        var response = await scenario.Alice.PostRawAsync("/sorties", json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]![field].Should().NotBeNull();
    }

    [Fact]
    public async Task CreateSortie_WithSeveralBadFields_NamesEachOne()
    {
        var response = await scenario.Alice.PostRawAsync("/sorties", "{\"title\":\"\",\"location\":{\"latitude\":100,\"longitude\":0},\"maxParticipants\":0}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem["errors"]!.AsObject().Select(field => field.Key).Should().BeEquivalentTo(["title", "startsAt", "location.latitude", "maxParticipants"]);
    }

    [Theory]
    [InlineData("{\"email\":\"not-an-email\",\"password\":\"long enough\",\"displayName\":\"X\"}", "email")]
    [InlineData("{\"email\":\"x@example.com\",\"password\":\"short\",\"displayName\":\"X\"}", "password")]
    [InlineData("{\"email\":\"x@example.com\",\"password\":\"long enough\"}", "displayName")]
    public async Task Register_WithBadBody_Is400NamingTheField(string json, string field)
    {
        using var client = scenario.Factory.CreateClient();

        var response = await client.PostAsync("/auth/register", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]![field].Should().NotBeNull();
    }

    [Fact]
    public async Task Register_AnEmailAlreadyTaken_Is409EmailTaken()
    {
        using var client = scenario.Factory.CreateClient();

        var response = await client.PostAsync(
            "/auth/register",
            new StringContent($"{{\"email\":\"{scenario.Alice.Email.ToUpperInvariant()}\",\"password\":\"long enough\",\"displayName\":\"X\"}}", System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "email_taken");
    }

    [Fact]
    public async Task KnownRouteWithAnotherMethod_Is405MethodNotAllowed()
    {
        var response = await scenario.Bob.Client.PutAsync("/users/me", null, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task CreateSortie_WithABodyThatIsNotJson_Is415UnsupportedMediaType(string contentType)
    {
        var body = new StringContent("{\"title\":\"T\",\"startsAt\":\"2026-12-24T12:00:00Z\",\"maxParticipants\":2}", System.Text.Encoding.UTF8, contentType);

        var response = await scenario.Alice.Client.PostAsync("/sorties", body, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task GetMessages_WithALimitThatIsNotANumber_Is400ValidationFailed()
    {
        var response = await scenario.Bob.GetAsync($"/messages/sortie/{scenario.SortieId}?limit=many");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task UnknownRoute_Is404NotFound()
    {
        await (await scenario.Bob.GetAsync("/nowhere")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
