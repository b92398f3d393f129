using SortieChat.Client;

namespace SortieChat.Api.Tests.Sdk;

/// <summary>Alice's sortie with Bob accepted into it, made through the C# SDK against a real Kestrel.</summary>
public sealed class SdkUsers(SortieChatClient alice, SortieChatClient bob, string bobId, SortieDto sortie) : IDisposable
{
    public SortieChatClient Alice { get; } = alice;

    public SortieChatClient Bob { get; } = bob;

    public string BobId { get; } = bobId;

    public SortieDto Sortie { get; } = sortie;

    public static async Task<SdkUsers> StartAsync(Uri server)
    {
        var alice = await RegisterAsync(server, "Alice");
        var bob = await RegisterAsync(server, "Bob");
        var sortie = await alice.Client.Sorties.CreateAsync(
            new CreateSortieRequest { Title = "Walk", StartsAt = new DateTimeOffset(2026, 12, 24, 12, 0, 0, TimeSpan.Zero), MaxParticipants = 5 },
            TestContext.Current.CancellationToken);
        var request = await bob.Client.Sorties.RequestParticipationAsync(sortie.Id, TestContext.Current.CancellationToken);
        request.Status.Should().Be(ParticipationStatus.Pending);
        var accepted = await alice.Client.Participations.ChangeStatusAsync(
            request.Id, new ChangeParticipationStatusRequest { Status = ParticipationStatus.Accepted }, TestContext.Current.CancellationToken);
        accepted.Status.Should().Be(ParticipationStatus.Accepted);
        return new SdkUsers(alice.Client, bob.Client, bob.UserId, sortie);
    }

    public static async Task<(SortieChatClient Client, string UserId)> RegisterAsync(Uri server, string name)
    {
        var client = new SortieChatClient(server);
        var signedIn = await client.Auth.RegisterAsync(
            new RegisterRequest { Email = $"{name.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com", Password = "correct horse battery", DisplayName = name },
            TestContext.Current.CancellationToken);
        client.AccessToken = signedIn.AccessToken;
        return (client, signedIn.UserId);
    }

    public void Dispose()
    {
        Alice.Dispose();
        Bob.Dispose();
    }
}
