using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>The whole workflow over HTTP, every route of DESIGN.md section 4 but the upload, with its status and shape.</summary>
public sealed class WorkflowHttpTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Workflow_ThreeUsers_EveryRouteAnswersAsDesigned()
    {
        using var alice = await ApiUser.RegisterAsync(factory, "Alice");
        using var bob = await ApiUser.RegisterAsync(factory, "Bob");
        using var carol = await ApiUser.RegisterAsync(factory, "Carol");

        // Login and profile.
        using var anonymous = factory.CreateClient();
        var login = await (await anonymous.PostAsJsonAsync("/auth/login", new { email = alice.Email, password = "correct horse battery" }, Ct))
            .ShouldBeAsync(HttpStatusCode.OK);
        login.Str("userId").Should().Be(alice.Id);
        login["accessToken"].Should().NotBeNull();
        login.Str("expiresAt").Should().EndWith("Z");
        var me = await alice.GetJsonAsync("/users/me");
        ShapeOf(me).Should().Equal("id", "email", "displayName", "avatarUrl", "createdAt");
        me["avatarUrl"].Should().BeNull();

        // A sortie and its chat.
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
        var sortieId = sortie.Str("id");
        var chatId = sortie.Str("chatId");
        (await bob.GetJsonAsync($"/sorties/{sortieId}")).Str("title").Should().Be("Picnic");

        // Requests: Bob and Carol ask, Alice sees both with their names and accepts them.
        var bobsRequest = await (await bob.PostAsync($"/sorties/{sortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        ShapeOf(bobsRequest).Should().Equal("id", "sortieId", "userId", "displayName", "status", "createdAt", "updatedAt");
        bobsRequest.Str("status").Should().Be("EN_ATTENTE");
        var carolsRequest = await (await carol.PostAsync($"/sorties/{sortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);
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

        // The chat: by sortie, by id, its members, slow mode.
        var chat = await bob.GetJsonAsync($"/chats/sortie/{sortieId}");
        ShapeOf(chat).Should().Contain(["id", "sortieId", "name", "avatar", "members", "lastMessage", "lastSeq", "cooldownSeconds", "createdAt", "updatedAt"]);
        chat["members"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal(alice.Id, bob.Id, carol.Id);
        (await carol.GetJsonAsync($"/chats/{chatId}")).Long("lastSeq").Should().Be(3);
        var members = await carol.GetJsonAsync($"/chats/sortie/{sortieId}/members");
        ShapeOf(members[0]!).Should().Equal("userId", "displayName", "avatarUrl", "role", "lastReadSeq", "online");
        members.AsArray().Select(m => m!.Str("role")).Should().Equal("creator", "member", "member");
        (await (await alice.PatchAsync($"/chats/{chatId}", new { cooldownSeconds = 0 })).ShouldBeAsync(HttpStatusCode.OK)).Long("cooldownSeconds").Should().Be(0);

        // Messages: send, reply, page, read, fetch one, delete.
        var hello = await (await bob.PostAsync($"/messages/sortie/{sortieId}", new { type = "text", content = "Hello!" })).ShouldBeAsync(HttpStatusCode.Created);
        ShapeOf(hello).Should().Equal(
            "id", "chatId", "sortieId", "senderId", "seq", "type", "content", "mediaUrl", "thumbnailUrl", "mediaDuration", "fileSize", "fileName",
            "mimeType", "width", "height", "location", "readBy", "isDeleted", "replyTo", "clientMessageId", "createdAt", "updatedAt");
        hello.Long("seq").Should().Be(4);
        var reply = await (await carol.PostAsync($"/messages/sortie/{sortieId}", new { type = "text", content = "Hi Bob", replyTo = hello.Str("id") }))
            .ShouldBeAsync(HttpStatusCode.Created);
        reply.Str("replyTo").Should().Be(hello.Str("id"));
        var where = await (await carol.PostAsync($"/messages/sortie/{sortieId}", new { type = "location", location = new { latitude = 1.5, longitude = 2.5 } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        where["location"]!["latitude"]!.GetValue<double>().Should().Be(1.5);

        var page = await alice.GetJsonAsync($"/messages/sortie/{sortieId}?limit=2");
        ShapeOf(page).Should().Equal("items", "hasMore", "nextCursor");
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

        (await bob.DeleteAsync($"/messages/{hello.Str("id")}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var deleted = await alice.GetJsonAsync($"/messages/{hello.Str("id")}");
        deleted["isDeleted"]!.GetValue<bool>().Should().BeTrue();
        deleted["content"].Should().BeNull();

        // Leaving: Alice refuses Carol after accepting her, Bob cancels.
        (await (await alice.PatchAsync($"/participations/{carolsRequest.Str("id")}/status", new { status = "REFUSEE" })).ShouldBeAsync(HttpStatusCode.OK))
            .Str("status").Should().Be("REFUSEE");
        (await (await bob.PatchAsync($"/participations/{bobsRequest.Str("id")}/status", new { status = "ANNULEE" })).ShouldBeAsync(HttpStatusCode.OK))
            .Str("status").Should().Be("ANNULEE");
        (await alice.GetJsonAsync($"/chats/{chatId}"))["members"]!.AsArray().Should().ContainSingle();

        // Deactivation: 204, then the token stops working.
        (await carol.DeleteAsync("/users/me")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await carol.GetAsync("/users/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task RequestParticipation_AfterCancelling_Answers200WithTheReopenedParticipation()
    {
        using var alice = await ApiUser.RegisterAsync(factory, "Alice");
        using var bob = await ApiUser.RegisterAsync(factory, "Bob");
        var sortieId = await CreateSortieAsync(alice);
        var first = await (await bob.PostAsync($"/sorties/{sortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        await (await bob.PatchAsync($"/participations/{first.Str("id")}/status", new { status = "ANNULEE" })).ShouldBeAsync(HttpStatusCode.OK);

        var again = await (await bob.PostAsync($"/sorties/{sortieId}/participations")).ShouldBeAsync(HttpStatusCode.OK);

        again.Str("id").Should().Be(first.Str("id"));
        again.Str("status").Should().Be("EN_ATTENTE");
    }

    [Fact]
    public async Task Send_TheSameClientMessageIdTwice_Answers201Then200WithTheSameMessage()
    {
        using var alice = await ApiUser.RegisterAsync(factory, "Alice");
        var sortieId = await CreateSortieAsync(alice);
        var body = new { type = "text", content = "once", clientMessageId = "phone-42" };

        var first = await (await alice.PostAsync($"/messages/sortie/{sortieId}", body)).ShouldBeAsync(HttpStatusCode.Created);
        var second = await (await alice.PostAsync($"/messages/sortie/{sortieId}", body)).ShouldBeAsync(HttpStatusCode.OK);

        second.ToJsonString().Should().Be(first.ToJsonString());
        (await alice.GetJsonAsync($"/chats/sortie/{sortieId}")).Long("lastSeq").Should().Be(2);
    }

    [Fact]
    public async Task Restart_OnTheSameDatabaseFile_KeepsAccountsAndMessages()
    {
        string directory, sortieId, email;
        await using (var first = new ApiFactory { KeepDirectory = true })
        {
            using var alice = await ApiUser.RegisterAsync(first, "Alice");
            (directory, email) = (first.Directory, alice.Email);
            sortieId = await CreateSortieAsync(alice);
            await (await alice.PostAsync($"/messages/sortie/{sortieId}", new { type = "text", content = "still here" })).ShouldBeAsync(HttpStatusCode.Created);
        }

        await using var restarted = new ApiFactory(directory);
        using var client = restarted.CreateClient();
        var login = await (await client.PostAsJsonAsync("/auth/login", new { email, password = "correct horse battery" }, Ct)).ShouldBeAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.Str("accessToken"));
        var history = await (await client.GetAsync($"/messages/sortie/{sortieId}", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        history["items"]!.AsArray().Select(m => m!["content"]?.GetValue<string>()).Should().EndWith("still here");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<string> ShapeOf(JsonNode node) => node.AsObject().Select(p => p.Key);

    private static async Task<string> CreateSortieAsync(ApiUser creator) =>
        (await (await creator.PostAsync("/sorties", new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 3 }))
            .ShouldBeAsync(HttpStatusCode.Created)).Str("id");
}
