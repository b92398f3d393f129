using System.Net;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Webhooks;

/// <summary>Webhooks of DESIGN.md section 9 against a receiver on loopback, from the server on the test host.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private readonly WebhookReceiver receiver = new();
    private ApiFactory factory = null!;

    public async ValueTask InitializeAsync()
    {
        await receiver.StartAsync();
        factory = new ApiFactory
        {
            Settings =
            [
                ("Webhooks:Endpoints:0:Url", receiver.Url),
                ("Webhooks:Endpoints:0:Secret", WebhookReceiver.Secret),
                ("Webhooks:Delivery:FirstRetry", "00:00:00.200"),
                ("Webhooks:Delivery:PollInterval", "00:00:00.100"),
            ],
        };
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await receiver.DisposeAsync();
    }

    [Fact]
    public async Task Lifecycle_OfASortie_ArrivesSignedInOrderWithEveryEventType()
    {
        var (alice, bob, sortieId, participationId) = await SortieWithBobAsync();
        var sent = await (await alice.PostAsync($"/messages/sortie/{sortieId}", new { type = "text", content = "hello" })).ShouldBeAsync(HttpStatusCode.Created);
        await (await alice.PatchAsync($"/messages/{sent.Str("id")}", new { content = "hello!" })).ShouldBeAsync(HttpStatusCode.OK);
        await (await bob.PutAsync($"/messages/{sent.Str("id")}/reactions/{Uri.EscapeDataString("👍")}")).ShouldBeAsync(HttpStatusCode.OK);
        await (await alice.PostAsync($"/messages/{sent.Str("id")}/pin")).ShouldBeAsync(HttpStatusCode.OK);
        (await alice.DeleteAsync($"/messages/{sent.Str("id")}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await bob.PatchAsync($"/participations/{participationId}/status", new { status = "ANNULEE" })).ShouldBeAsync(HttpStatusCode.OK);

        string[] expected =
        [
            "message.created", "member.added", // the welcome message and the creator
            "participation.changed", // Bob asks
            "participation.changed", "message.created", "member.added", // accepted
            "message.created", "message.updated", "message.updated", "message.updated", "message.deleted", // sent, edited, reacted to, pinned, deleted
            "participation.changed", "member.removed", "message.created", // Bob leaves
        ];
        var received = await receiver.WaitUntilAsync(r => r.Count >= expected.Length, Within);

        received.Select(r => r.Type).Should().Equal(expected);
        received.Should().OnlyContain(r => WebhookReceiver.Verifies(r.Signature, r.Body));
        received.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => Guid.Parse(id).Version == 7);
        received.Should().OnlyContain(r => r.Envelope.AsObject().Select(p => p.Key).SequenceEqual(new[] { "id", "type", "occurredAt", "data" }));
        received[6].Envelope["data"]!.Str("content").Should().Be("hello");
        received[7].Envelope["data"]!.Should().Match<JsonNode>(d => d.Str("content") == "hello!" && d["editedAt"] != null);
        received[8].Envelope["data"]!["reactions"]![0]!.Str("emoji").Should().Be("👍");
        received[9].Envelope["data"]!.Should().Match<JsonNode>(d => d["pinnedAt"] != null && d.Str("pinnedBy") == alice.Id, received[9].Envelope.ToJsonString());
        received[10].Envelope["data"]!.Should().Match<JsonNode>(d => d["isDeleted"]!.GetValue<bool>() && d["content"] == null && d.Str("id") == sent.Str("id"));
        received[3].Envelope["data"]!.Should().Match<JsonNode>(d => d.Str("status") == "ACCEPTEE" && d.Str("displayName") == "Bob" && d.Str("id") == participationId);
        received[12].Envelope["data"]!.ToJsonString().Should().Be(new JsonObject { ["sortieId"] = sortieId, ["chatId"] = sent.Str("chatId"), ["userId"] = bob.Id }.ToJsonString());
    }

    [Fact]
    public async Task Signature_WithAnotherSecret_DoesNotVerify()
    {
        await SortieWithBobAsync();

        var first = (await receiver.WaitUntilAsync(r => r.Count > 0, Within))[0];

        first.Signature.Should().MatchRegex("^t=[0-9]+,v1=[0-9a-f]{64}$");
        WebhookReceiver.Verifies(first.Signature, first.Body, "another secret").Should().BeFalse();
        WebhookReceiver.Verifies(first.Signature, first.Body + " ").Should().BeFalse();
    }

    [Fact]
    public async Task Receiver_Answering500_GetsTheSameEventAgainThenTheRest()
    {
        receiver.Answer = (n, _) => n < 2 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;
        await SortieWithBobAsync();

        var received = await receiver.WaitUntilAsync(r => r.Count(a => a.Answered == HttpStatusCode.OK) >= 6, Within);

        received[0].Id.Should().Be(received[1].Id).And.Be(received[2].Id);
        received[2].Body.Should().Be(received[0].Body);
        received.Skip(2).Select(r => r.Type).Take(6).Should().Equal(
            "message.created", "member.added", "participation.changed", "participation.changed", "message.created", "member.added");
    }

    [Fact]
    public async Task Ready_WhileTheReceiverFails_ShowsTheBacklog()
    {
        receiver.Answer = (_, _) => HttpStatusCode.ServiceUnavailable;
        await SortieWithBobAsync();
        await receiver.WaitUntilAsync(r => r.Count > 0, Within);
        using var client = factory.CreateClient();

        var ready = await (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK);

        ready["entries"]!["webhooks"]!["data"]!.Long("pending").Should().Be(6);
        ready["entries"]!["webhooks"]!["data"]!.Long("parked").Should().Be(0);
    }

    [Fact]
    public async Task Event_FailingPastTheGiveUpWindow_IsParkedAndItsStreamMovesOn()
    {
        // The welcome message is refused for good; everything after it is accepted.
        receiver.Answer = (_, envelope) => envelope["data"]?["seq"]?.GetValue<long>() == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK;
        var parking = ParkingFactory();
        await factory.DisposeAsync();
        factory = parking;
        await SortieWithBobAsync();

        var received = await receiver.WaitUntilAsync(r => r.Count(a => a.Answered == HttpStatusCode.OK) >= 5, Within);
        using var client = factory.CreateClient();
        var ready = await (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK);

        received.Where(r => r.Answered != HttpStatusCode.OK).Select(r => r.Id).Distinct().Should().ContainSingle();
        received.Where(r => r.Answered == HttpStatusCode.OK).Select(r => r.Type).Should().Equal(
            "member.added", "participation.changed", "participation.changed", "message.created", "member.added");
        ready["entries"]!["webhooks"]!["data"]!.Long("parked").Should().Be(1);
    }

    private ApiFactory ParkingFactory() => new()
    {
        Settings =
        [
            .. factory.Settings,
            ("Webhooks:Delivery:GiveUpAfter", "00:00:01"),
        ],
    };

    private async Task<(ApiUser Alice, ApiUser Bob, string SortieId, string ParticipationId)> SortieWithBobAsync()
    {
        var alice = await ApiUser.RegisterAsync(factory, "Alice");
        var bob = await ApiUser.RegisterAsync(factory, "Bob");
        var sortie = await (await alice.PostAsync("/sorties", new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 3 }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var request = await (await bob.PostAsync($"/sorties/{sortie.Str("id")}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        await (await alice.PatchAsync($"/participations/{request.Str("id")}/status", new { status = "ACCEPTEE" })).ShouldBeAsync(HttpStatusCode.OK);
        return (alice, bob, sortie.Str("id"), request.Str("id"));
    }
}
