using System.Net;
using System.Net.Http.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>
/// One server and one sortie, with an account in each place an actor can stand, built once for the whole matrix
/// (hashing passwords is slow). Routes that change their caller or their target get fresh ones from here.
/// </summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly Dictionary<Actor, ApiUser> accounts = [];
    private ApiUser creator = null!;
    private ApiUser member = null!;

    public ApiFactory Factory { get; } = new();

    /// <summary>A client without a token: each request carries its caller's.</summary>
    public HttpClient Http { get; private set; } = null!;

    public string SortieId { get; private set; } = null!;

    public string ChatId { get; private set; } = null!;

    /// <summary>A message of the member, which no cell deletes.</summary>
    public string MessageId { get; private set; } = null!;

    /// <summary>The actor's account; none for <see cref="Actor.Anonymous"/>.</summary>
    public ApiUser? AccountOf(Actor actor) => accounts.GetValueOrDefault(actor);

    public async ValueTask InitializeAsync()
    {
        Http = Factory.CreateClient();
        creator = await ApiUser.RegisterAsync(Factory, "Creator");
        var sortie = await (await creator.PostAsync("/sorties", new { title = "Matrix", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 1000 }))
            .ShouldBeAsync(HttpStatusCode.Created);
        SortieId = sortie.Str("id");
        ChatId = sortie.Str("chatId");
        accounts[Actor.Creator] = creator;
        foreach (var actor in new[] { Actor.Stranger, Actor.Pending, Actor.Member, Actor.Removed, Actor.Deactivated })
        {
            accounts[actor] = (await JoinAsync(actor)).User;
        }

        member = accounts[Actor.Member];
        MessageId = await FreshMessageAsync();
    }

    /// <summary>
    /// A new account standing where <paramref name="actor"/> stands, for a route that changes its caller. A fresh
    /// creator creates a sortie of their own.
    /// </summary>
    public async Task<ApiUser> FreshAsync(Actor actor)
    {
        if (actor != Actor.Creator)
        {
            return (await JoinAsync(actor)).User;
        }

        var user = await ApiUser.RegisterAsync(Factory, "Creator");
        await (await user.PostAsync("/sorties", new { title = "Another", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 2 })).ShouldBeAsync(HttpStatusCode.Created);
        return user;
    }

    /// <summary>A new message of the member, for a cell that deletes one.</summary>
    public async Task<string> FreshMessageAsync() =>
        (await (await member.PostAsync($"/messages/sortie/{SortieId}", new { type = "text", content = "hello" })).ShouldBeAsync(HttpStatusCode.Created)).Str("id");

    /// <summary>A new pending request to join the sortie, for a cell that decides one.</summary>
    public async Task<string> FreshRequestAsync() => (await JoinAsync(Actor.Pending)).ParticipationId!;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var account in accounts.Values)
        {
            account.Dispose();
        }

        await Factory.DisposeAsync();
    }

    private async Task<(ApiUser User, string? ParticipationId)> JoinAsync(Actor actor)
    {
        var user = await ApiUser.RegisterAsync(Factory, actor.ToString());
        if (actor == Actor.Stranger)
        {
            return (user, null);
        }

        var request = (await (await user.PostAsync($"/sorties/{SortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created)).Str("id");
        if (actor != Actor.Pending)
        {
            await DecideAsync(request, "ACCEPTEE");
        }

        if (actor == Actor.Removed)
        {
            await DecideAsync(request, "REFUSEE");
        }

        if (actor == Actor.Deactivated)
        {
            (await user.DeleteAsync("/users/me")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        return (user, request);
    }

    private async Task DecideAsync(string participationId, string status) =>
        await (await creator.Client.PatchAsJsonAsync($"/participations/{participationId}/status", new { status }, TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.OK);
}
