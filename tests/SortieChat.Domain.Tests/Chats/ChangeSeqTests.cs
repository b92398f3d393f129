using SortieChat.Domain.Messages;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Chats;

/// <summary>The change feed's counter: each change of one of a chat's messages raises it by exactly 1; nothing else does.</summary>
public sealed class ChangeSeqTests
{
    private static readonly DateTimeOffset T = Some.Now.AddHours(1);

    [Fact]
    public void Open_NewChat_CountsTheWelcomeAsChange1()
    {
        var scenario = SortieScenario.Create();

        (scenario.Chat.ChangeSeq, scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message.ChangeSeq).Should().Be((1L, 1L));
    }

    [Fact]
    public void Post_Message_RaisesTheChangeSeqByOneAndStampsTheMessage()
    {
        var scenario = SortieScenario.Create();
        var before = scenario.Chat.ChangeSeq;

        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hi"), null, null, T).Value;

        (scenario.Chat.ChangeSeq, message.ChangeSeq).Should().Be((before + 1, before + 1));
    }

    [Fact]
    public void Delete_Message_RaisesTheChangeSeqByOneAndKeepsTheSeq()
    {
        var scenario = SortieScenario.Create();
        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hi"), null, null, T).Value;
        var (seq, lastSeq, before) = (message.Seq, scenario.Chat.LastSeq, scenario.Chat.ChangeSeq);

        scenario.Chat.DeleteMessage(scenario.CreatorId, message, T).EnsureSuccess();

        (message.ChangeSeq, scenario.Chat.ChangeSeq, message.Seq, scenario.Chat.LastSeq).Should().Be((before + 1, before + 1, seq, lastSeq));
    }

    [Fact]
    public void Delete_AlreadyDeleted_ChangesNothing()
    {
        var scenario = SortieScenario.Create();
        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hi"), null, null, T).Value;
        scenario.Chat.DeleteMessage(scenario.CreatorId, message, T).EnsureSuccess();
        var before = scenario.Chat.ChangeSeq;

        scenario.Chat.DeleteMessage(scenario.CreatorId, message, T.AddMinutes(1)).EnsureSuccess();

        (scenario.Chat.ChangeSeq, message.ChangeSeq).Should().Be((before, before));
    }

    [Fact]
    public void Delete_Refused_ChangesNothing()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hi"), null, null, T).Value;
        var before = scenario.Chat.ChangeSeq;

        scenario.Chat.DeleteMessage(bob, message, T).Outcome().Should().Be("forbidden");

        scenario.Chat.ChangeSeq.Should().Be(before);
    }

    [Fact]
    public void Delete_ByAStranger_FailsWithNotAMember()
    {
        var scenario = SortieScenario.Create();
        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hi"), null, null, T).Value;

        scenario.Chat.DeleteMessage(Some.Id(), message, T).Outcome().Should().Be("not_a_member");
    }
}
