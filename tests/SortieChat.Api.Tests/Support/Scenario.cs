using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Application.Common.DomainEvents;

namespace SortieChat.Api.Tests.Support;

/// <summary>A sortie created by Alice with Bob accepted into it; Mallory is registered and outside.</summary>
public sealed class Scenario : IAsyncDisposable
{
    private Scenario(ApiFactory factory, ApiUser alice, ApiUser bob, ApiUser mallory, JsonNode sortie, string bobsParticipationId)
    {
        Factory = factory;
        Alice = alice;
        Bob = bob;
        Mallory = mallory;
        SortieId = sortie.Str("id");
        ChatId = sortie.Str("chatId");
        BobsParticipationId = bobsParticipationId;
    }

    public ApiFactory Factory { get; }

    public ApiUser Alice { get; }

    public ApiUser Bob { get; }

    public ApiUser Mallory { get; }

    public string SortieId { get; }

    public string ChatId { get; }

    public string BobsParticipationId { get; }

    public static async Task<Scenario> StartAsync()
    {
        var factory = new ApiFactory();
        var alice = await ApiUser.RegisterAsync(factory, "Alice");
        var bob = await ApiUser.RegisterAsync(factory, "Bob");
        var mallory = await ApiUser.RegisterAsync(factory, "Mallory");
        var sortie = await (await alice.PostAsync("/sorties", new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 3 }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var request = await (await bob.PostAsync($"/sorties/{sortie.Str("id")}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        await (await alice.PatchAsync($"/participations/{request.Str("id")}/status", new { status = "ACCEPTEE" })).ShouldBeAsync(HttpStatusCode.OK);
        // The set-up's own broadcasts (Bob's join notice) are out before a test connects: none of them arrives mid-test.
        await factory.Services.GetRequiredService<CommittedEventQueue>().WhenIdleAsync(TestContext.Current.CancellationToken);
        return new Scenario(factory, alice, bob, mallory, sortie, request.Str("id"));
    }

    public async Task<JsonNode> SendAsync(ApiUser user, object body) =>
        await (await user.PostAsync($"/messages/sortie/{SortieId}", body)).ShouldBeAsync(HttpStatusCode.Created);

    public async ValueTask DisposeAsync()
    {
        Alice.Dispose();
        Bob.Dispose();
        Mallory.Dispose();
        await Factory.DisposeAsync();
    }
}
