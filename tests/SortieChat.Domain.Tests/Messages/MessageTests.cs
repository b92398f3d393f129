using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Messages;

public sealed class MessageTests
{
    private static readonly DateTimeOffset PostedAt = Some.Now.AddHours(1);
    private static readonly DateTimeOffset DeletedAt = Some.Now.AddHours(2);

    [Fact]
    public void Delete_BySender_MarksItDeleted()
    {
        var (message, sender, chat) = Posted(MessageDraft.Text("oops"));

        chat.DeleteMessage(sender, message, DeletedAt);

        (message.IsDeleted, message.UpdatedAt).Should().Be((true, DeletedAt));
    }

    [Fact]
    public void Delete_BySender_ErasesContentAndMedia()
    {
        var (message, sender, chat) = Posted(Some.Image());

        chat.DeleteMessage(sender, message, DeletedAt);

        (message.Content, message.Media).Should().Be(((string?)null, (MediaAttachment?)null));
    }

    [Fact]
    public void Delete_BySender_ErasesTheLocation()
    {
        var (message, sender, chat) = Posted(Some.LocationDraft());

        chat.DeleteMessage(sender, message, DeletedAt);

        message.Location.Should().BeNull();
    }

    [Fact]
    public void Delete_BySender_KeepsIdSeqAndSender()
    {
        var (message, sender, chat) = Posted(MessageDraft.Text("oops"));
        var before = (message.Id, message.Seq, message.ChatId, message.SenderId);

        chat.DeleteMessage(sender, message, DeletedAt);

        (message.Id, message.Seq, message.ChatId, message.SenderId).Should().Be(before);
    }

    [Fact]
    public void Delete_BySender_RaisesMessageDeletedCarryingTheErasedMedia()
    {
        var (message, sender, chat) = Posted(Some.Image());

        chat.DeleteMessage(sender, message, DeletedAt);

        message.DomainEvents.Should().Equal(new MessageDeleted(message, Some.Photo, message.ChangeSeq));
    }

    [Fact]
    public void Delete_TextMessageBySender_RaisesMessageDeletedWithoutMedia()
    {
        var (message, sender, chat) = Posted(MessageDraft.Text("oops"));

        chat.DeleteMessage(sender, message, DeletedAt);

        message.DomainEvents.Should().Equal(new MessageDeleted(message, null, message.ChangeSeq));
    }

    [Fact]
    public void Delete_ByAnotherMember_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("mine"), null, null, PostedAt).Value;

        var result = scenario.Chat.DeleteMessage(bob, message, DeletedAt);

        result.Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Delete_ByAnotherMember_KeepsTheMessage()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("mine"), null, null, PostedAt).Value;

        scenario.Chat.DeleteMessage(bob, message, DeletedAt);

        (message.IsDeleted, message.Content, message.DomainEvents.Count).Should().Be((false, "mine", 0));
    }

    [Fact]
    public void Delete_SystemMessage_FailsWithForbiddenEvenForTheCreator()
    {
        var scenario = SortieScenario.Create();
        var welcome = scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message;

        var result = scenario.Chat.DeleteMessage(scenario.CreatorId, welcome, DeletedAt);

        result.Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Delete_SystemMessage_KeepsItsContent()
    {
        var scenario = SortieScenario.Create(title: "Picnic");
        var welcome = scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message;

        scenario.Chat.DeleteMessage(scenario.CreatorId, welcome, DeletedAt);

        (welcome.IsDeleted, welcome.Content).Should().Be((false, "Welcome to the chat of \"Picnic\"!"));
    }

    [Fact]
    public void Delete_RehydratedSystemMessage_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        var welcome = Message.Rehydrate(
            Some.Id(), scenario.Chat.Id, scenario.Chat.SortieId, null, 1, MessageDraft.ForSystem("Welcome"), false, null, null, Some.Now, Some.Now,
            new MessageRevision(1));

        var result = scenario.Chat.DeleteMessage(scenario.CreatorId, welcome, DeletedAt);

        result.Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Delete_Twice_Succeeds()
    {
        var (message, sender, chat) = Posted(MessageDraft.Text("oops"));
        chat.DeleteMessage(sender, message, DeletedAt).EnsureSuccess();

        var result = chat.DeleteMessage(sender, message, DeletedAt.AddMinutes(1));

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void Delete_Twice_RaisesNoSecondEventAndKeepsTheFirstDate()
    {
        var (message, sender, chat) = Posted(Some.Image());
        chat.DeleteMessage(sender, message, DeletedAt).EnsureSuccess();

        chat.DeleteMessage(sender, message, DeletedAt.AddMinutes(1));

        (message.DomainEvents.Count, message.UpdatedAt).Should().Be((1, DeletedAt));
    }

    [Theory]
    [InlineData(MessageType.Text, "text")]
    [InlineData(MessageType.Image, "image")]
    [InlineData(MessageType.Video, "video")]
    [InlineData(MessageType.Audio, "audio")]
    [InlineData(MessageType.File, "file")]
    [InlineData(MessageType.Location, "location")]
    [InlineData(MessageType.System, "system")]
    public void ToName_Type_IsTheLowerCaseWireValue(MessageType type, string expected)
    {
        type.ToName().Should().Be(expected);
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("sticker")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownType_Fails(string? name)
    {
        MessageTypeNames.TryParse(name, out _).Should().BeFalse();
    }

    /// <summary>A message posted by a member (not the creator) of a fresh chat, and that member's id.</summary>
    private static (Message Message, string SenderId, Chat Chat) Posted(MessageDraft draft)
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, draft, null, null, PostedAt).Value;
        return (message, bob, scenario.Chat);
    }
}
