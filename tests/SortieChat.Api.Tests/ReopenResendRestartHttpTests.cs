using System.Net;
using System.Net.Http.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>Around the workflow: a request reopened after cancelling, a resend, a restart on the same data.</summary>
public sealed class ReopenResendRestartHttpTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

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

    private static async Task<string> CreateSortieAsync(ApiUser creator) =>
        (await (await creator.PostAsync("/sorties", new { title = "Walk", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 3 }))
            .ShouldBeAsync(HttpStatusCode.Created)).Str("id");
}
