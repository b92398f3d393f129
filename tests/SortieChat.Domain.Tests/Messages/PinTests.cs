using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Messages;

/// <summary>The creator pins and unpins (idempotent), at most 25 per chat; never a system or deleted message.</summary>
public sealed class PinTests
{
    private static readonly DateTimeOffset T = Some.Now.AddHours(1);

    [Fact]
    public void Pin_ByTheCreator_SetsPinnedAtAndPinnedByAndMovesTheChangeSeq()
    {
        var (scenario, _, message) = Posted();
        var before = scenario.Chat.ChangeSeq;

        scenario.Chat.Pin(scenario.CreatorId, message, true, 0, T).EnsureSuccess();

        (message.PinnedAt, message.PinnedBy, message.ChangeSeq).Should().Be((T, scenario.CreatorId, before + 1));
    }

    [Fact]
    public void Pin_ByAMember_FailsWithForbidden()
    {
        var (scenario, bob, message) = Posted();

        scenario.Chat.Pin(bob, message, true, 0, T).Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Pin_Twice_ChangesOnce_AndUnpinClearsIt()
    {
        var (scenario, _, message) = Posted();
        scenario.Chat.Pin(scenario.CreatorId, message, true, 0, T).EnsureSuccess();
        var after = scenario.Chat.ChangeSeq;

        scenario.Chat.Pin(scenario.CreatorId, message, true, 1, T.AddMinutes(1)).EnsureSuccess();
        var (pinnedAt, twice) = (message.PinnedAt, scenario.Chat.ChangeSeq);
        scenario.Chat.Pin(scenario.CreatorId, message, false, 1, T).EnsureSuccess();

        (pinnedAt, twice, message.PinnedAt, message.PinnedBy).Should().Be((T, after, (DateTimeOffset?)null, (string?)null));
    }

    [Fact]
    public void Pin_The26th_FailsWithPinLimit()
    {
        var (scenario, _, message) = Posted();

        scenario.Chat.Pin(scenario.CreatorId, message, true, Chat.MaxPins, T).Outcome().Should().Be("pin_limit");
    }

    [Fact]
    public void Pin_SystemMessage_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        var welcome = scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message;

        scenario.Chat.Pin(scenario.CreatorId, welcome, true, 0, T).Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Pin_DeletedMessage_FailsWithMessageDeleted()
    {
        var (scenario, bob, message) = Posted();
        scenario.Chat.DeleteMessage(bob, message, T).EnsureSuccess();

        scenario.Chat.Pin(scenario.CreatorId, message, true, 0, T).Outcome().Should().Be("message_deleted");
    }

    private static (SortieScenario Scenario, string Bob, Message Message) Posted()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("meet at the gate"), null, null, T).Value;
        return (scenario, bob, message);
    }
}
