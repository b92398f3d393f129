using System.Net.Http.Json;
using SortieChat.Api.Tests.Media;
using SortieChat.Api.Tests.Support;
using static SortieChat.Api.Tests.Authorization.ActorOutcomes;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>
/// The expected outcome of every route for every actor (DESIGN.md section 4). A route of the app with no entry here
/// fails <see cref="AuthorizationMatrixTests.RouteTable_EveryRoute_HasAnEntry"/>.
/// </summary>
public static class RouteCases
{
    private static readonly HashSet<Actor> LiveAccounts = [Actor.Stranger, Actor.Pending, Actor.Member, Actor.Creator, Actor.Removed];

    public static readonly IReadOnlyList<RouteCase> All =
    [
        new("POST /auth/register", Everyone(Outcome.Created))
        {
            Body = _ => JsonContent.Create(new { email = $"new.{Guid.NewGuid():N}@example.com", password = ApiUser.Password, displayName = "Newcomer" }),
        },
        new("POST /auth/login", Everyone(Outcome.Ok).With(Actor.Anonymous, Outcome.InvalidCredentials).With(Actor.Deactivated, Outcome.InvalidCredentials))
        {
            // Each logs in as themselves; the anonymous caller with an email nobody has.
            Body = cell => JsonContent.Create(new { email = cell.Caller?.Email ?? "nobody@example.com", password = ApiUser.Password }),
        },
        new("* /health/live", Everyone(Outcome.Ok)) { Verb = "GET" },
        new("* /health/ready", Everyone(Outcome.Ok)) { Verb = "GET" },
        new("* /metrics", Everyone(Outcome.Ok)) { Verb = "GET" },
        new("GET /push/vapid-public-key", Everyone(Outcome.Ok)),
        new("* /chat/negotiate", SignedIn(Outcome.Ok)) { Verb = "POST", Path = _ => Task.FromResult("/chat/negotiate?negotiateVersion=1") },
        new("* /chat", SignedIn(Outcome.Ok)) { Verb = "GET", Path = LongPollOfOwnConnectionAsync },

        new("GET /users/me", SignedIn(Outcome.Ok)),
        new("DELETE /users/me", SignedIn(Outcome.NoContent)) { FreshCallers = LiveAccounts },
        new("POST /users/me/push-subscriptions", SignedIn(Outcome.Created)) { Body = _ => JsonContent.Create(Push.PushKeys.NewSubscription()) },
        new("GET /users/me/push-subscriptions", SignedIn(Outcome.Ok)),
        new("DELETE /users/me/push-subscriptions", SignedIn(Outcome.NoContent))
        {
            Path = _ => Task.FromResult("/users/me/push-subscriptions?endpoint=https%3A%2F%2Fpush.example.com%2Fgone"),
        },

        new("POST /sorties", SignedIn(Outcome.Created))
        {
            Body = _ => JsonContent.Create(new { title = "Mine", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 2 }),
        },
        new("GET /sorties", SignedIn(Outcome.Ok)),
        // A sortie is found by its link: any signed-in user may read it.
        new("GET /sorties/{id}", SignedIn(Outcome.Ok)) { Path = cell => Task.FromResult($"/sorties/{cell.Matrix.SortieId}") },
        new("POST /sorties/{sortieId}/participations", SignedIn(Outcome.Created)
            .With(Actor.Pending, Outcome.AlreadyRequested)
            .With(Actor.Member, Outcome.AlreadyRequested)
            .With(Actor.Creator, Outcome.Forbidden)
            .With(Actor.Removed, Outcome.InvalidTransition))
        {
            Path = cell => Task.FromResult($"/sorties/{cell.Matrix.SortieId}/participations"),
            FreshCallers = new HashSet<Actor> { Actor.Stranger },
        },
        // The creator sees every request; anyone else their own (possibly none).
        new("GET /sorties/{sortieId}/participations", SignedIn(Outcome.Ok)) { Path = cell => Task.FromResult($"/sorties/{cell.Matrix.SortieId}/participations") },
        // Accepting a request is the creator's move; the participant's own moves are other transitions.
        new("PATCH /participations/{id}/status", SignedIn(Outcome.Forbidden).With(Actor.Creator, Outcome.Ok))
        {
            Path = async cell => $"/participations/{await cell.Matrix.FreshRequestAsync()}/status",
            Body = _ => JsonContent.Create(new { status = "ACCEPTEE" }),
        },

        new("GET /chats", SignedIn(Outcome.Ok)),
        new("GET /chats/sortie/{sortieId}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/chats/sortie/{cell.Matrix.SortieId}") },
        new("GET /chats/{chatId}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/chats/{cell.Matrix.ChatId}") },
        new("PATCH /chats/{chatId}/mute", Members(Outcome.Ok))
        {
            Path = cell => Task.FromResult($"/chats/{cell.Matrix.ChatId}/mute"),
            Body = _ => JsonContent.Create(new { muted = true }),
        },
        new("PATCH /chats/{chatId}", Members(Outcome.Ok).With(Actor.Member, Outcome.Forbidden))
        {
            Path = cell => Task.FromResult($"/chats/{cell.Matrix.ChatId}"),
            Body = _ => JsonContent.Create(new { cooldownSeconds = 0 }),
        },
        new("GET /chats/{chatId}/pins", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/chats/{cell.Matrix.ChatId}/pins") },
        new("GET /chats/{chatId}/search", Members(Outcome.Ok))
        {
            Query = "?q=hello",
            Path = cell => Task.FromResult($"/chats/{cell.Matrix.ChatId}/search?q=hello"),
        },
        new("GET /chats/sortie/{sortieId}/members", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/chats/sortie/{cell.Matrix.SortieId}/members") },

        new("GET /messages/sortie/{sortieId}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/sortie/{cell.Matrix.SortieId}") },
        new("GET /messages/chat/{chatId}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/chat/{cell.Matrix.ChatId}") },
        new("POST /messages/sortie/{sortieId}", Members(Outcome.Created))
        {
            Path = cell => Task.FromResult($"/messages/sortie/{cell.Matrix.SortieId}"),
            Body = _ => JsonContent.Create(new { type = "text", content = "hello" }),
        },
        new("POST /messages/upload", Members(Outcome.Created)) { Body = cell => UploadHttpTests.Form(cell.Matrix.SortieId, SampleFiles.Pdf(), "plan.pdf") },
        // The sender deletes, and the creator any member's message (moderation, DESIGN.md section 8). Each cell deletes a fresh message of the member.
        new("DELETE /messages/{messageId}", Members(Outcome.NoContent))
        {
            Path = async cell => $"/messages/{await cell.Matrix.FreshMessageAsync()}",
        },
        // Only the sender edits (the matrix's message is the member's).
        new("PATCH /messages/{messageId}", Members(Outcome.Forbidden).With(Actor.Member, Outcome.Ok))
        {
            Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}"),
            Body = _ => JsonContent.Create(new { content = "edited" }),
        },
        // Any member reacts (idempotent); the emoji is URL-encoded in the route.
        new("PUT /messages/{messageId}/reactions/{emoji}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}/reactions/%F0%9F%91%8D") },
        new("DELETE /messages/{messageId}/reactions/{emoji}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}/reactions/%F0%9F%91%8D") },
        // Only the creator pins and unpins (moderation).
        new("POST /messages/{messageId}/pin", Members(Outcome.Forbidden).With(Actor.Creator, Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}/pin") },
        new("DELETE /messages/{messageId}/pin", Members(Outcome.Forbidden).With(Actor.Creator, Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}/pin") },
        new("POST /messages/{messageId}/read", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}/read") },
        new("GET /messages/{messageId}", Members(Outcome.Ok)) { Path = cell => Task.FromResult($"/messages/{cell.Matrix.MessageId}") },
    ];

    /// <summary>
    /// The hub's transport endpoint: the first long poll of a connection the caller negotiated. A caller refused at
    /// negotiation polls an id that was never issued, which is refused before it is looked up.
    /// </summary>
    private static async Task<string> LongPollOfOwnConnectionAsync(Cell cell)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat/negotiate?negotiateVersion=1");
        cell.Caller?.Authorize(request);
        using var negotiated = await cell.Matrix.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var token = negotiated.IsSuccessStatusCode ? (await negotiated.ReadJsonAsync()).Str("connectionToken") : "never-issued";
        return $"/chat?id={token}";
    }
}
