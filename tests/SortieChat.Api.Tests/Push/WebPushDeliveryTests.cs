using System.Net;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Push;

/// <summary>
/// Who gets a push and what arrives (DESIGN.md section 9), against a fake push service on loopback: the payload is
/// decrypted with the subscription's private key, the VAPID JWT checked against the server's public key.
/// </summary>
public sealed class WebPushDeliveryTests : IAsyncLifetime
{
    private readonly FakePushService pushService = new();
    private readonly ApiFactory factory = new()
    {
        Settings = [("Push:AllowInsecureEndpoints", "true"), ("Push:Delivery:CoalesceWindow", "00:00:01")],
    };

    private readonly Dictionary<string, PushKeys> devices = [];
    private ApiUser alice = null!;
    private ApiUser bob = null!;
    private ApiUser carol = null!;
    private JsonNode sortie = null!;

    public async ValueTask InitializeAsync()
    {
        await pushService.StartAsync();
        alice = await ApiUser.RegisterAsync(factory, "Alice");
        bob = await ApiUser.RegisterAsync(factory, "Bob");
        carol = await ApiUser.RegisterAsync(factory, "Carol");
        sortie = await (await alice.PostAsync("/sorties", new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 5 })).ShouldBeAsync(HttpStatusCode.Created);
        foreach (var member in new[] { bob, carol })
        {
            var request = await (await member.PostAsync($"/sorties/{sortie.Str("id")}/participations")).ShouldBeAsync(HttpStatusCode.Created);
            await (await alice.PatchAsync($"/participations/{request.Str("id")}/status", new { status = "ACCEPTEE" })).ShouldBeAsync(HttpStatusCode.OK);
        }

        await SubscribeAsync(bob, "bob");
        await SubscribeAsync(carol, "carol");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var keys in devices.Values)
        {
            keys.Dispose();
        }

        await factory.DisposeAsync();
        await pushService.DisposeAsync();
    }

    [Fact]
    public async Task Message_ToAnOfflineMember_ArrivesEncryptedAndSignedWithTheContractHeaders()
    {
        var sent = await SendAsync(alice, "hello");

        var push = (await pushService.WaitForAsync("bob", 1))[0];

        var payload = WebPushDecryption.Decrypt(push.Body, devices["bob"]);
        payload.ToJsonString().Should().Be(new JsonObject
        {
            ["sortieId"] = sortie.Str("id"),
            ["chatId"] = sortie.Str("chatId"),
            ["seq"] = sent.Long("seq"),
            ["title"] = "Walk",
            ["body"] = "Alice: hello",
            ["kind"] = "message",
        }.ToJsonString());
        push.Headers["Content-Encoding"].Should().Be("aes128gcm");
        push.Headers["TTL"].Should().Be("86400");
        push.Headers["Topic"].Should().Be(sortie.Str("chatId").Replace("-", "", StringComparison.Ordinal)).And.HaveLength(32);
        var vapidKey = (await bob.GetJsonAsync("/push/vapid-public-key")).Str("publicKey");
        var claims = WebPushDecryption.VerifyVapid(push.Headers["Authorization"], vapidKey);
        claims["aud"]!.GetValue<string>().Should().BeOneOf(pushService.Origin, "http://127.0.0.1"); // the library leaves the port out
        claims["exp"]!.GetValue<long>().Should().BeGreaterThan(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Message_ToAConnectedMember_IsNotPushedWhileTheOfflineOneIsAndTheSenderIsNot()
    {
        await SubscribeAsync(alice, "alice");
        await using var bobOnline = await HubClient.ConnectAsync(factory, bob.Token);
        // The handshake ends before the hub's connect handler runs; an answered invocation comes after it.
        await bobOnline.InvokeAsync("joinRoom", sortie.Str("id"));

        await SendAsync(alice, "who is here?");

        await pushService.WaitForAsync("carol", 1);
        await Task.Delay(300, TestContext.Current.CancellationToken); // the same dispatch pass decided Bob's: room for a wrong push to land
        pushService.For("bob").Should().BeEmpty("Bob has a live connection");
        pushService.For("alice").Should().BeEmpty("the sender is not pushed her own message");
    }

    [Fact]
    public async Task Message_InAChatTheMemberMuted_IsNotPushedToThem()
    {
        var muted = await (await carol.PatchAsync($"/chats/{sortie.Str("chatId")}/mute", new { muted = true })).ShouldBeAsync(HttpStatusCode.OK);

        await SendAsync(alice, "quiet please");

        await pushService.WaitForAsync("bob", 1);
        await Task.Delay(300, TestContext.Current.CancellationToken); // the same dispatch pass decided Carol's
        muted.ToJsonString().Should().Be(new JsonObject { ["chatId"] = sortie.Str("chatId"), ["muted"] = true }.ToJsonString());
        pushService.For("carol").Should().BeEmpty();
    }

    [Fact]
    public async Task Mute_WithoutMutedOrByAnOutsider_IsRefused()
    {
        using var mallory = await ApiUser.RegisterAsync(factory, "Mallory");

        await (await carol.PatchAsync($"/chats/{sortie.Str("chatId")}/mute", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await mallory.PatchAsync($"/chats/{sortie.Str("chatId")}/mute", new { muted = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
    }

    [Fact]
    public async Task Mention_OfAMemberWhoMutedTheChat_IsPushedAtOnceWithUrgencyHighAndKindMention()
    {
        await (await carol.PatchAsync($"/chats/{sortie.Str("chatId")}/mute", new { muted = true })).ShouldBeAsync(HttpStatusCode.OK);
        await SendAsync(alice, "warming up"); // opens Bob's coalescing window: the mention must not wait for its end

        var sent = await (await alice.PostAsync($"/messages/sortie/{sortie.Str("id")}", new { type = "text", content = "@Carol @Bob bring the map", mentions = new[] { carol.Id, bob.Id } }))
            .ShouldBeAsync(HttpStatusCode.Created);

        var toCarol = (await pushService.WaitForAsync("carol", 1))[0];
        // Bob's message push and his mention push are sent independently: either may arrive first.
        var toBob = (await pushService.WaitForAsync("bob", 2)).Single(p => WebPushDecryption.Decrypt(p.Body, devices["bob"]).Long("seq") == sent.Long("seq"));
        foreach (var (push, device) in new[] { (toCarol, "carol"), (toBob, "bob") })
        {
            var payload = WebPushDecryption.Decrypt(push.Body, devices[device]);
            (payload.Str("kind"), payload.Long("seq"), payload.Str("body")).Should().Be(("mention", sent.Long("seq"), "Alice: @Carol @Bob bring the map"));
            push.Headers["Urgency"].Should().Be("high");
        }

        await Task.Delay(1500, TestContext.Current.CancellationToken); // Bob's window ends: the mention was not also held for it
        pushService.For("bob").Should().HaveCount(2);
        pushService.For("carol").Should().ContainSingle("the muted chat's other message was not pushed to Carol");
    }

    [Fact]
    public async Task Messages_WithinTheWindow_BecomeOnePushWithTheLatestAtItsEnd()
    {
        var first = await SendAsync(alice, "one");
        await SendAsync(alice, "two");
        var last = await SendAsync(alice, "three");

        var pushes = await pushService.WaitForAsync("bob", 2);
        await Task.Delay(1500, TestContext.Current.CancellationToken); // a second window: nothing more is pending

        pushService.For("bob").Select(p => WebPushDecryption.Decrypt(p.Body, devices["bob"]).Long("seq")).Should().Equal(first.Long("seq"), last.Long("seq"));
        (pushes[1].At - pushes[0].At).Should().BeGreaterThan(TimeSpan.FromMilliseconds(800));
    }

    [Fact]
    public async Task Subscription_AnsweredGone_IsDeleted()
    {
        pushService.Answer = device => device == "carol" ? HttpStatusCode.Gone : HttpStatusCode.Created;

        await SendAsync(alice, "anyone?");
        await pushService.WaitForAsync("carol", 1);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await carol.GetJsonAsync("/users/me/push-subscriptions")).AsArray().Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        (await carol.GetJsonAsync("/users/me/push-subscriptions")).AsArray().Should().BeEmpty();
        (await bob.GetJsonAsync("/users/me/push-subscriptions")).AsArray().Should().ContainSingle();
    }

    private async Task SubscribeAsync(ApiUser user, string device)
    {
        var keys = new PushKeys();
        devices[device] = keys;
        await (await user.PostAsync("/users/me/push-subscriptions", keys.Body(pushService.EndpointFor(device)))).ShouldBeAsync(HttpStatusCode.Created);
    }

    private async Task<JsonNode> SendAsync(ApiUser user, string content) =>
        await (await user.PostAsync($"/messages/sortie/{sortie.Str("id")}", new { type = "text", content })).ShouldBeAsync(HttpStatusCode.Created);
}
