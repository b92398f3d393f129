using SortieChat.Application.Chats.SetSlowMode;
using SortieChat.Application.Common;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests;

public sealed class SlowModeTests : IAsyncLifetime
{
    private TestApp app = null!;
    private string alice = null!;
    private string bob = null!;
    private Sorties.SortieDto sortie = null!;

    public async ValueTask InitializeAsync()
    {
        app = await TestApp.StartAsync();
        alice = await app.RegisterAsync("Alice");
        bob = await app.RegisterAsync("Bob");
        sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Send_TwiceWithinTheCooldown_FailsWithSlowModeAndRetryAfter()
    {
        (await app.SendAsync(alice, new SetSlowModeCommand(sortie.ChatId, 60))).ShouldSucceed().CooldownSeconds.Should().Be(60);
        await app.SendTextAsync(bob, sortie.Id, "first");

        var second = await app.SendAsync(bob, new SendMessageCommand(sortie.Id, MessageDraft.Text("second")));

        second.ShouldFailWith(ErrorCodes.SlowMode).RetryAfterSeconds.Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task Send_ByTheCreator_IsExemptFromSlowMode()
    {
        await app.SendAsync(alice, new SetSlowModeCommand(sortie.ChatId, 60));
        await app.SendTextAsync(alice, sortie.Id, "first");

        var second = await app.SendAsync(alice, new SendMessageCommand(sortie.Id, MessageDraft.Text("second")));

        second.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task SetSlowMode_ByAMember_IsForbidden()
    {
        var result = await app.SendAsync(bob, new SetSlowModeCommand(sortie.ChatId, 10));

        result.ShouldFailWith(ErrorCodes.Forbidden);
    }
}

public sealed class SendRateLimitTests
{
    [Fact]
    public async Task Send_OverTheLimitPerSecond_FailsWithRateLimitedAndRetryAfter()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["RateLimits:SendsPerSecond"] = "3" });
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);

        // Ten sends at once are counted within milliseconds: at most two one-second windows, so at most six pass.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            app.SendAsync(alice, new SendMessageCommand(sortie.Id, MessageDraft.Text($"burst {i}")))));

        results.Count(r => r.IsSuccess).Should().BeInRange(3, 6);
        results.First(r => r.IsFailure).ShouldFailWith(RequestErrorCodes.RateLimited).RetryAfterSeconds.Should().Be(1);
    }
}
