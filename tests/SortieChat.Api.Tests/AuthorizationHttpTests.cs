using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>Each authorization rule over HTTP, with its status and code.</summary>
public sealed class AuthorizationHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData("GET", "/users/me")]
    [InlineData("GET", "/sorties")]
    [InlineData("GET", "/chats")]
    [InlineData("POST", "/sorties")]
    [InlineData("GET", "/messages/0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b")]
    public async Task AnyRoute_WithoutToken_Is401Unauthorized(string method, string path)
    {
        using var client = scenario.Factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl")]
    public async Task AnyRoute_WithABadToken_Is401Unauthorized(string token)
    {
        using var client = scenario.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/users/me", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Login_WithAWrongPasswordOrUnknownEmail_AnswersTheSame401()
    {
        using var client = scenario.Factory.CreateClient();

        var wrong = await client.PostAsJsonAsync("/auth/login", new { email = scenario.Alice.Email, password = "wrong password" }, TestContext.Current.CancellationToken);
        var unknown = await client.PostAsJsonAsync("/auth/login", new { email = "nobody@example.com", password = "wrong password" }, TestContext.Current.CancellationToken);

        (await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials")).Str("detail")
            .Should().Be((await unknown.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials")).Str("detail"));
    }

    [Fact]
    public async Task NonMember_ReadingOrPosting_Is403NotAMember()
    {
        await (await scenario.Mallory.GetAsync($"/messages/sortie/{scenario.SortieId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
        await (await scenario.Mallory.GetAsync($"/chats/{scenario.ChatId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
        await (await scenario.Mallory.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "let me in" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
    }

    [Fact]
    public async Task NonCreator_Accepting_Is403Forbidden()
    {
        var request = await (await scenario.Mallory.PostAsync($"/sorties/{scenario.SortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);

        var response = await scenario.Bob.PatchAsync($"/participations/{request.Str("id")}/status", new { status = "ACCEPTEE" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task AMemberDeletingSomeoneElsesMessage_Is403Forbidden()
    {
        // The creator's own message: only they delete it (the creator deleting a member's message is moderation, 204).
        var message = await scenario.SendAsync(scenario.Alice, new { type = "text", content = "mine" });

        var response = await scenario.Bob.DeleteAsync($"/messages/{message.Str("id")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task DeactivatedUser_TokenIsRefusedAtOnce()
    {
        (await scenario.Mallory.DeleteAsync("/users/me")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await scenario.Mallory.GetAsync("/sorties")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task RemovedMember_LosesAccessAtOnce()
    {
        var before = await scenario.SendAsync(scenario.Bob, new { type = "text", content = "before" });
        await (await scenario.Alice.PatchAsync($"/participations/{scenario.BobsParticipationId}/status", new { status = "REFUSEE" })).ShouldBeAsync(HttpStatusCode.OK);

        await (await scenario.Bob.GetAsync($"/messages/chat/{scenario.ChatId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
        await (await scenario.Bob.GetAsync($"/messages/{before.Str("id")}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
        await (await scenario.Bob.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "after" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
    }

    [Fact]
    public async Task Creator_AskingToJoinTheirOwnSortie_Is403Forbidden()
    {
        await (await scenario.Alice.PostAsync($"/sorties/{scenario.SortieId}/participations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Transitions_OutsideTheTable_Are409()
    {
        await (await scenario.Bob.PostAsync($"/sorties/{scenario.SortieId}/participations")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already_requested");
        await (await scenario.Alice.PatchAsync($"/participations/{scenario.BobsParticipationId}/status", new { status = "ACCEPTEE" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
        await (await scenario.Alice.PatchAsync($"/participations/{scenario.BobsParticipationId}/status", new { status = "REFUSEE" })).ShouldBeAsync(HttpStatusCode.OK);
        await (await scenario.Bob.PostAsync($"/sorties/{scenario.SortieId}/participations")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
    }

    [Fact]
    public async Task PatchStatus_RefusedBackToPendingByTheCreator_Is409InvalidTransition()
    {
        await (await scenario.Alice.PatchAsync($"/participations/{scenario.BobsParticipationId}/status", new { status = "REFUSEE" })).ShouldBeAsync(HttpStatusCode.OK);

        var response = await scenario.Alice.PatchAsync($"/participations/{scenario.BobsParticipationId}/status", new { status = "EN_ATTENTE" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid_transition");
    }
}

/// <summary>429 answers over REST carry Retry-After in seconds.</summary>
public sealed class LimitHttpTests
{
    [Fact]
    public async Task Login_AfterTheLimitOfFailuresPerMinute_Is429RateLimitedWithRetryAfter()
    {
        await using var factory = new ApiFactory();
        using var alice = await ApiUser.RegisterAsync(factory, "Alice");
        await using var strict = factory.With(("RateLimits:LoginsPerMinute", "3"));
        using var client = strict.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            // Failures count per (account, address); the fourth attempt is refused even with the right password.
            var password = i < 3 ? "wrong password" : "correct horse battery";
            last = await client.PostAsJsonAsync("/auth/login", new { email = alice.Email, password }, TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        statuses.Take(3).Should().OnlyContain(s => s == HttpStatusCode.Unauthorized);
        await last!.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        last!.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task SlowMode_ASecondSendTooEarly_Is429SlowModeWithRetryAfter()
    {
        await using var scenario = await Scenario.StartAsync();
        await (await scenario.Alice.PatchAsync($"/chats/{scenario.ChatId}", new { cooldownSeconds = 120 })).ShouldBeAsync(HttpStatusCode.OK);
        await scenario.SendAsync(scenario.Bob, new { type = "text", content = "first" });

        var response = await scenario.Bob.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "second" });

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "slow_mode");
        response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 120);
    }
}
