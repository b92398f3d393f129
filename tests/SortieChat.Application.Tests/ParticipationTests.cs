using SortieChat.Application.Chats.ListChatMembers;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Common;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Tests;

/// <summary>Joining a sortie: a full sortie, a reopened request, the members' list.</summary>
public sealed class ParticipationTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async ValueTask InitializeAsync() => app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ChangeStatus_AcceptWhenFull_FailsWithSortieFull()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var carol = await app.RegisterAsync("Carol");
        var sortie = await app.CreateSortieAsync(alice, maxParticipants: 1);
        await app.JoinAsync(alice, bob, sortie.Id);
        var carolsRequest = await app.RequestAsync(carol, sortie.Id);

        var result = await app.SendAsync(alice, new Participations.ChangeParticipationStatus.ChangeParticipationStatusCommand(carolsRequest.Id, ParticipationStatus.Accepted));

        result.ShouldFailWith(ErrorCodes.SortieFull);
    }

    [Fact]
    public async Task RequestParticipation_AfterCancelling_ReopensTheSameParticipation()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        var first = await app.RequestAsync(bob, sortie.Id);
        await app.SetStatusAsync(bob, first.Id, "ANNULEE");

        var again = (await app.SendAsync(bob, new Participations.RequestParticipation.RequestParticipationCommand(sortie.Id))).ShouldSucceed();

        again.Should().Match<Participations.RequestParticipation.RequestParticipationResult>(
            r => !r.Created && r.Participation.Id == first.Id && r.Participation.Status == "EN_ATTENTE");
    }

    [Fact]
    public async Task ListChatMembers_AfterJoin_ShowsRolesNamesAndWatermarks()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);

        var members = (await app.SendAsync(bob, new ListChatMembersQuery(sortie.Id))).ShouldSucceed();

        members.Should().BeEquivalentTo(
            [
                new Chats.ChatMemberDto(alice, "Alice", null, "creator", 1, false),
                new Chats.ChatMemberDto(bob, "Bob", null, "member", 2, false),
            ],
            o => o.WithStrictOrdering());
    }
}
