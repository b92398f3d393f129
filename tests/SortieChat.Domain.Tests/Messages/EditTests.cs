using SortieChat.Domain.Messages;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Messages;

/// <summary>Who may edit what: the sender, the text or a media caption, never a deleted, system or location message.</summary>
public sealed class EditTests
{
    private static readonly DateTimeOffset PostedAt = Some.Now.AddHours(1);
    private static readonly DateTimeOffset EditedAt = Some.Now.AddHours(2);

    [Fact]
    public void Edit_TextBySender_ChangesContentSetsEditedAtAndKeepsTheSeq()
    {
        var (scenario, bob, message) = Posted(MessageDraft.Text("at 8"));
        var seq = message.Seq;

        scenario.Chat.EditMessage(bob, message, "at 9", EditedAt).EnsureSuccess();

        (message.Content, message.EditedAt, message.Seq, scenario.Chat.LastSeq).Should().Be(("at 9", EditedAt, seq, seq));
    }

    [Fact]
    public void Edit_BySender_RaisesMessageEditedWithTheNextChangeSeq()
    {
        var (scenario, bob, message) = Posted(MessageDraft.Text("at 8"));
        var before = scenario.Chat.ChangeSeq;

        scenario.Chat.EditMessage(bob, message, "at 9", EditedAt).EnsureSuccess();

        message.DomainEvents.Should().Equal(new MessageEdited(message, before + 1));
    }

    [Fact]
    public void Edit_SameContent_ChangesNothing()
    {
        var (scenario, bob, message) = Posted(MessageDraft.Text("at 8"));

        scenario.Chat.EditMessage(bob, message, "at 8", EditedAt).EnsureSuccess();

        (message.EditedAt, message.DomainEvents.Count).Should().Be(((DateTimeOffset?)null, 0));
    }

    [Fact]
    public void Edit_MediaCaption_EmptyRemovesIt()
    {
        var (scenario, bob, message) = Posted(Some.Image());

        scenario.Chat.EditMessage(bob, message, "", EditedAt).EnsureSuccess();

        (message.Content, message.Media).Should().Be(((string?)null, Some.Photo));
    }

    [Fact]
    public void Edit_ByTheCreator_OfAMembersMessage_FailsWithForbidden()
    {
        var (scenario, _, message) = Posted(MessageDraft.Text("mine"));

        scenario.Chat.EditMessage(scenario.CreatorId, message, "yours", EditedAt).Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Edit_DeletedMessage_FailsWithMessageDeleted()
    {
        var (scenario, bob, message) = Posted(MessageDraft.Text("gone"));
        scenario.Chat.DeleteMessage(bob, message, EditedAt).EnsureSuccess();

        scenario.Chat.EditMessage(bob, message, "back", EditedAt).Outcome().Should().Be("message_deleted");
    }

    [Fact]
    public void Edit_SystemMessage_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        var welcome = scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message;

        scenario.Chat.EditMessage(scenario.CreatorId, welcome, "hacked", EditedAt).Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Edit_LocationMessage_FailsWithValidationFailed()
    {
        var (scenario, bob, message) = Posted(Some.LocationDraft());

        scenario.Chat.EditMessage(bob, message, "here", EditedAt).Outcome().Should().Be("validation_failed");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Edit_TextToNothing_FailsWithValidationFailed(string? content)
    {
        var (scenario, bob, message) = Posted(MessageDraft.Text("at 8"));

        scenario.Chat.EditMessage(bob, message, content, EditedAt).Outcome().Should().Be("validation_failed");
    }

    /// <summary>A message of Bob, a member, with the chat's events cleared.</summary>
    private static (SortieScenario Scenario, string Bob, Message Message) Posted(MessageDraft draft)
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, draft, null, null, PostedAt).Value;
        scenario.ClearEvents();
        message.ClearDomainEvents();
        return (scenario, bob, message);
    }
}
