using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>The whole workflow over HTTP, every route of DESIGN.md section 4 but the upload, with its status and shape.</summary>
public sealed class WorkflowHttpTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();

    // What the workflow's steps hand on to the next ones.
    private ApiUser alice = null!;
    private ApiUser bob = null!;
    private ApiUser carol = null!;
    private string sortieId = null!;
    private string chatId = null!;
    private JsonNode bobsRequest = null!;
    private JsonNode carolsRequest = null!;
    private JsonNode hello = null!;
    private JsonNode where = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        alice?.Dispose();
        bob?.Dispose();
        carol?.Dispose();
        return factory.DisposeAsync();
    }

    [Fact]
    public async Task Workflow_ThreeUsers_EveryRouteAnswersAsDesigned()
    {
        await RegisterAliceBobAndCarol();
        await Login_AnswersATokenAndTheProfile();
        await CreatingASortie_Answers201WithItsLocation();
        await Requests_AreListedWithNamesAndAccepted();
        await TheChat_AnswersBySortieByIdWithItsMembersAndSlowMode();
        await Messages_AreSentRepliedToAndLocated();
        await History_PagesAndTheReaderMarksAsRead();
        await TheSender_DeletesAMessage();
        await RefusedAndCancelledMembers_LeaveTheChat();
        await Deactivation_StopsTheTokenAtOnce();
    }

    private async Task RegisterAliceBobAndCarol()
    {
        alice = await ApiUser.RegisterAsync(factory, "Alice");
        bob = await ApiUser.RegisterAsync(factory, "Bob");
        carol = await ApiUser.RegisterAsync(factory, "Carol");
    }

    private async Task Login_AnswersATokenAndTheProfile()
    {
        using var anonymous = factory.CreateClient();
        var login = await (await anonymous.PostAsJsonAsync("/auth/login", new { email = alice.Email, password = "correct horse battery" }, Ct))
            .ShouldBeAsync(HttpStatusCode.OK);
        login.Str("userId").Should().Be(alice.Id);
        login["accessToken"].Should().NotBeNull();
        login.Str("expiresAt").Should().EndWith("Z");
        var me = await alice.GetJsonAsync("/users/me");
        ShapeOf(me).Should().Equal("id", "email", "displayName", "avatarUrl", "createdAt");
        me["avatarUrl"].Should().BeNull();
    }

    private async Task CreatingASortie_Answers201WithItsLocation()
    {
        var createResponse = await alice.PostAsync("/sorties", new
        {
            title = "Picnic",
            description = "By the river",
            startsAt = "2026-12-24T12:00:00Z",
            location = new { latitude = 48.85, longitude = 2.35, address = "Quai", name = "Seine" },
            maxParticipants = 5,
        });
        var sortie = await createResponse.ShouldBeAsync(HttpStatusCode.Created);
        ShapeOf(sortie).Should().Equal(
            "id", "title", "description", "startsAt", "location", "maxParticipants", "creatorId", "chatId", "acceptedCount", "createdAt");
        sortie.Str("startsAt").Should().Be("2026-12-24T12:00:00.000Z");
        createResponse.Headers.Location!.ToString().Should().Be($"/sorties/{sortie.Str("id")}");
        sortieId = sortie.Str("id");
        chatId = sortie.Str("chatId");
        (await bob.GetJsonAsync($"/sorties/{sortieId}")).Str("title").Should().Be("Picnic");
    }

    /// <summary>Bob and Carol ask, Alice sees both with their names and accepts them.</summary>
    private async Task Requests_AreListedWithNamesAndAccepted()
    {
        bobsRequest = await (await bob.PostAsync($"/sorties/{sortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        ShapeOf(bobsRequest).Should().Equal("id", "sortieId", "userId", "displayName", "status", "createdAt", "updatedAt");
        bobsRequest.Str("status").Should().Be("EN_ATTENTE");
        carolsRequest = await (await carol.PostAsync($"/sorties/{sortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        (await alice.GetJsonAsync($"/sorties/{sortieId}/participations")).AsArray().Select(p => p!.Str("displayName"))
            .Should().Equal("Bob", "Carol");
        (await bob.GetJsonAsync($"/sorties/{sortieId}/participations")).AsArray().Should().ContainSingle();
        foreach (var request in new[] { bobsRequest, carolsRequest })
        {
            var accepted = await (await alice.PatchAsync($"/participations/{request.Str("id")}/status", new { status = "ACCEPTEE" }))
                .ShouldBeAsync(HttpStatusCode.OK);
            accepted.Str("status").Should().Be("ACCEPTEE");
        }

        (await bob.GetJsonAsync("/sorties")).AsArray().Select(s => s!.Str("id")).Should().Equal(sortieId);
    }

    private async Task TheChat_AnswersBySortieByIdWithItsMembersAndSlowMode()
    {
        var chat = await bob.GetJsonAsync($"/chats/sortie/{sortieId}");
        ShapeOf(chat).Should().Contain(["id", "sortieId", "name", "avatar", "members", "lastMessage", "lastSeq", "changeSeq", "cooldownSeconds", "unreadMentions", "muted", "createdAt", "updatedAt"]);
        chat["members"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal(alice.Id, bob.Id, carol.Id);
        (await carol.GetJsonAsync($"/chats/{chatId}")).Long("lastSeq").Should().Be(3);
        var members = await carol.GetJsonAsync($"/chats/sortie/{sortieId}/members");
        ShapeOf(members[0]!).Should().Equal("userId", "displayName", "avatarUrl", "role", "lastReadSeq", "online");
        members.AsArray().Select(m => m!.Str("role")).Should().Equal("creator", "member", "member");
        (await (await alice.PatchAsync($"/chats/{chatId}", new { cooldownSeconds = 0 })).ShouldBeAsync(HttpStatusCode.OK)).Long("cooldownSeconds").Should().Be(0);
    }

    private async Task Messages_AreSentRepliedToAndLocated()
    {
        hello = await (await bob.PostAsync($"/messages/sortie/{sortieId}", new { type = "text", content = "Hello!" })).ShouldBeAsync(HttpStatusCode.Created);
        ShapeOf(hello).Should().Equal(
            "id", "chatId", "sortieId", "senderId", "seq", "type", "content", "mediaUrl", "thumbnailUrl", "mediaDuration", "fileSize", "fileName",
            "mimeType", "width", "height", "location", "system", "readBy", "mentions", "isDeleted", "reactions", "pinnedAt", "pinnedBy", "editedAt", "deletedBy", "replyTo", "clientMessageId", "createdAt", "updatedAt",
            "changeSeq");
        hello.Long("seq").Should().Be(4);
        var reply = await (await carol.PostAsync($"/messages/sortie/{sortieId}", new { type = "text", content = "Hi Bob", replyTo = hello.Str("id") }))
            .ShouldBeAsync(HttpStatusCode.Created);
        reply.Str("replyTo").Should().Be(hello.Str("id"));
        where = await (await carol.PostAsync($"/messages/sortie/{sortieId}", new { type = "location", location = new { latitude = 1.5, longitude = 2.5 } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        where["location"]!["latitude"]!.GetValue<double>().Should().Be(1.5);
    }

    private async Task History_PagesAndTheReaderMarksAsRead()
    {
        var page = await alice.GetJsonAsync($"/messages/sortie/{sortieId}?limit=2");
        ShapeOf(page).Should().Equal("items", "hasMore", "nextCursor", "nextChangeSeq");
        page["items"]!.AsArray().Select(m => m!.Long("seq")).Should().Equal(5, 6);
        page["hasMore"]!.GetValue<bool>().Should().BeTrue();
        var older = await alice.GetJsonAsync($"/messages/chat/{chatId}?limit=2&before={page.Str("nextCursor")}");
        older["items"]!.AsArray().Select(m => m!.Long("seq")).Should().Equal(3, 4);

        var read = await (await alice.PostAsync($"/messages/{where.Str("id")}/read")).ShouldBeAsync(HttpStatusCode.OK);
        ShapeOf(read).Should().Equal("chatId", "lastReadSeq");
        read.Long("lastReadSeq").Should().Be(6);
        var chats = await bob.GetJsonAsync("/chats");
        chats[0]!.Long("unreadCount").Should().Be(2);
        chats[0]!["lastMessage"]!.Str("id").Should().Be(where.Str("id"));
        (await alice.GetJsonAsync($"/messages/{hello.Str("id")}"))["readBy"]!.AsArray().Select(u => u!.GetValue<string>())
            .Should().BeEquivalentTo([alice.Id, bob.Id, carol.Id]);
    }

    private async Task TheSender_DeletesAMessage()
    {
        (await bob.DeleteAsync($"/messages/{hello.Str("id")}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var deleted = await alice.GetJsonAsync($"/messages/{hello.Str("id")}");
        deleted["isDeleted"]!.GetValue<bool>().Should().BeTrue();
        deleted["content"].Should().BeNull();
    }

    /// <summary>Alice refuses Carol after accepting her, Bob cancels.</summary>
    private async Task RefusedAndCancelledMembers_LeaveTheChat()
    {
        (await (await alice.PatchAsync($"/participations/{carolsRequest.Str("id")}/status", new { status = "REFUSEE" })).ShouldBeAsync(HttpStatusCode.OK))
            .Str("status").Should().Be("REFUSEE");
        (await (await bob.PatchAsync($"/participations/{bobsRequest.Str("id")}/status", new { status = "ANNULEE" })).ShouldBeAsync(HttpStatusCode.OK))
            .Str("status").Should().Be("ANNULEE");
        (await alice.GetJsonAsync($"/chats/{chatId}"))["members"]!.AsArray().Should().ContainSingle();
    }

    /// <summary>204, then the token stops working.</summary>
    private async Task Deactivation_StopsTheTokenAtOnce()
    {
        (await carol.DeleteAsync("/users/me")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await carol.GetAsync("/users/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<string> ShapeOf(JsonNode node) => node.AsObject().Select(p => p.Key);
}
