using SortieChat.Domain.Messages;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Messages;

/// <summary>Any member reacts with one emoji of Unicode's data; idempotent both ways; at most 20 different per message.</summary>
public sealed class ReactionTests
{
    private static readonly DateTimeOffset T = Some.Now.AddHours(1);

    [Theory]
    [InlineData("👍", "👍")]
    [InlineData("❤", "❤️")]
    [InlineData("❤️", "❤️")]
    [InlineData("👍🏽", "👍🏽")]
    [InlineData("👨‍👩‍👧", "👨‍👩‍👧")]
    [InlineData("🇫🇷", "🇫🇷")]
    public void Emoji_OneKnownGrapheme_IsAcceptedInItsFullyQualifiedForm(string input, string expected)
    {
        (Emoji.TryNormalize(input, out var emoji), emoji).Should().Be((true, expected));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("👍👍")]
    [InlineData("👍a")]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("\u200d")]
    [InlineData("🏽")]
    [InlineData(null)]
    public void Emoji_AnythingElse_IsRefused(string? input)
    {
        Emoji.TryNormalize(input, out _).Should().BeFalse();
    }

    [Fact]
    public void Emoji_Table_HoldsUnicodesEmojiWithSkinTones()
    {
        Emoji.Count.Should().BeGreaterThan(3000);
    }

    [Fact]
    public void React_TwoMembers_CountsThemInOrderOfFirstUse()
    {
        var (scenario, bob, message) = Posted();

        scenario.Chat.React(bob, message, "🎉", true, T).EnsureSuccess();
        scenario.Chat.React(scenario.CreatorId, message, "👍", true, T).EnsureSuccess();
        scenario.Chat.React(scenario.CreatorId, message, "🎉", true, T).EnsureSuccess();

        message.Reactions.Select(r => (r.Emoji, r.Count, string.Join(",", r.UserIds)))
            .Should().Equal(("🎉", 2, $"{bob},{scenario.CreatorId}"), ("👍", 1, scenario.CreatorId));
    }

    [Fact]
    public void React_Twice_ChangesOnce()
    {
        var (scenario, bob, message) = Posted();
        scenario.Chat.React(bob, message, "👍", true, T).EnsureSuccess();
        var after = scenario.Chat.ChangeSeq;

        scenario.Chat.React(bob, message, "👍", true, T).EnsureSuccess();

        (message.Reactions.Single().Count, scenario.Chat.ChangeSeq, message.DomainEvents.Count).Should().Be((1, after, 1));
    }

    [Fact]
    public void Unreact_LastUser_RemovesTheEmojiAndUnreactingAgainChangesNothing()
    {
        var (scenario, bob, message) = Posted();
        scenario.Chat.React(bob, message, "👍", true, T).EnsureSuccess();

        scenario.Chat.React(bob, message, "👍", false, T).EnsureSuccess();
        var after = scenario.Chat.ChangeSeq;
        scenario.Chat.React(bob, message, "👍", false, T).EnsureSuccess();

        (message.Reactions.Count, scenario.Chat.ChangeSeq).Should().Be((0, after));
    }

    [Fact]
    public void React_The21stDifferentEmoji_FailsWithReactionLimit()
    {
        var (scenario, bob, message) = Posted();
        var emoji = new[] { "😀", "😃", "😄", "😁", "😆", "😅", "🤣", "😂", "🙂", "🙃", "😉", "😊", "😇", "🥰", "😍", "🤩", "😘", "😗", "😚", "😙", "😋" };
        foreach (var e in emoji.Take(20))
        {
            scenario.Chat.React(bob, message, e, true, T).EnsureSuccess();
        }

        var result = scenario.Chat.React(bob, message, emoji[20], true, T);

        (result.Outcome(), message.Reactions.Count).Should().Be(("reaction_limit", 20));
        scenario.Chat.React(scenario.CreatorId, message, emoji[0], true, T).Outcome().Should().Be("ok", "an emoji already there is not a new one");
    }

    [Fact]
    public void React_NotAnEmoji_FailsWithValidationFailed()
    {
        var (scenario, bob, message) = Posted();

        scenario.Chat.React(bob, message, "ok", true, T).Outcome().Should().Be("validation_failed");
    }

    [Fact]
    public void React_DeletedMessage_FailsWithMessageDeleted()
    {
        var (scenario, bob, message) = Posted();
        scenario.Chat.DeleteMessage(bob, message, T).EnsureSuccess();

        scenario.Chat.React(bob, message, "👍", true, T).Outcome().Should().Be("message_deleted");
    }

    [Fact]
    public void React_ByAStranger_FailsWithNotAMember()
    {
        var (scenario, _, message) = Posted();

        scenario.Chat.React(Some.Id(), message, "👍", true, T).Outcome().Should().Be("not_a_member");
    }

    [Fact]
    public void Delete_ReactedAndPinnedMessage_LosesItsReactionsAndItsPin()
    {
        var (scenario, bob, message) = Posted();
        scenario.Chat.React(bob, message, "👍", true, T).EnsureSuccess();
        scenario.Chat.Pin(scenario.CreatorId, message, true, 0, T).EnsureSuccess();

        scenario.Chat.DeleteMessage(bob, message, T).EnsureSuccess();

        (message.Reactions.Count, message.PinnedAt, message.PinnedBy).Should().Be((0, (DateTimeOffset?)null, (string?)null));
    }

    private static (SortieScenario Scenario, string Bob, Message Message) Posted()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("party"), null, null, T).Value;
        message.ClearDomainEvents();
        return (scenario, bob, message);
    }
}
