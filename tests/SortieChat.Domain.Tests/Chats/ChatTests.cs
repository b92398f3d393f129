using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Chats;

public sealed class ChatTests
{
    private static readonly DateTimeOffset T = Some.Now.AddHours(1);

    [Fact]
    public void Open_NewSortie_TakesTheSortieChatIdAndPointsBackToTheSortie()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details(), Some.Now);

        var chat = Chat.Open(sortie, Some.Id(), Some.Now);

        (chat.Id, chat.SortieId).Should().Be((sortie.ChatId, sortie.Id));
    }

    [Fact]
    public void Open_NewSortie_IsNamedAfterTheSortie()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details(" Picnic "), Some.Now);

        var chat = Chat.Open(sortie, Some.Id(), Some.Now);

        chat.Name.Should().Be("Picnic");
    }

    [Fact]
    public void Open_NewSortie_PostsTheWelcomeSystemMessageWithSeq1()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details("Picnic"), Some.Now);
        var welcomeId = Some.Id();

        var chat = Chat.Open(sortie, welcomeId, Some.Now);

        PostedMessages(chat).Select(m => (m.Id, m.Seq, m.Type, m.SenderId, m.Content)).Should().Equal(
            (welcomeId, 1L, MessageType.System, (string?)null, "Welcome to the chat of \"Picnic\"!"));
    }

    [Fact]
    public void Open_NewSortie_PointsLastSeqAndLastMessageAtTheWelcome()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details(), Some.Now);
        var welcomeId = Some.Id();

        var chat = Chat.Open(sortie, welcomeId, Some.Now);

        (chat.LastSeq, chat.LastMessageId).Should().Be((1L, welcomeId));
    }

    [Fact]
    public void Open_NewSortie_HasTheCreatorAsOnlyMemberWithRoleCreatorAndNothingUnread()
    {
        var creatorId = Some.Id();
        var sortie = Sortie.Create(Some.Id(), Some.Id(), creatorId, Some.Details(), Some.Now);

        var chat = Chat.Open(sortie, Some.Id(), Some.Now);

        chat.Members.Select(m => (m.UserId, m.Role, m.LastReadSeq)).Should().Equal((creatorId, ChatRole.Creator, 1L));
    }

    [Fact]
    public void Open_NewSortie_HasSlowModeOff()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details(), Some.Now);

        var chat = Chat.Open(sortie, Some.Id(), Some.Now);

        chat.CooldownSeconds.Should().Be(0);
    }

    [Fact]
    public void Open_NewSortie_RaisesChatOpenedThenTheWelcomeThenTheCreatorAdded()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details("Picnic"), Some.Now);

        var chat = Chat.Open(sortie, Some.Id(), Some.Now);

        chat.DomainEvents.Should().SatisfyRespectively(
            e => e.Should().Be(new ChatOpened(sortie.ChatId, sortie.Id, "Picnic", Some.Now)),
            e => e.Should().BeOfType<MessagePosted>().Which.Message.Seq.Should().Be(1),
            e => e.Should().Be(new MemberAdded(sortie.ChatId, sortie.Id, sortie.CreatorId, ChatRole.Creator, 1, Some.Now)));
    }

    [Fact]
    public void Members_AcceptedAtDifferentTimes_AreListedInJoinOrder()
    {
        var scenario = SortieScenario.Create();
        var (zoe, adam) = (scenario.Request(Some.Id()), scenario.Request(Some.Id()));
        scenario.Change(zoe, scenario.CreatorId, ParticipationStatus.Accepted, "Zoe", Some.Now.AddMinutes(1)).EnsureSuccess();
        scenario.Change(adam, scenario.CreatorId, ParticipationStatus.Accepted, "Adam", Some.Now.AddMinutes(2)).EnsureSuccess();

        scenario.Chat.Members.Select(m => m.UserId).Should().Equal(scenario.CreatorId, zoe.UserId, adam.UserId);
    }

    [Fact]
    public void Post_ByANonMember_FailsWithNotAMember()
    {
        var scenario = SortieScenario.Create();

        var result = scenario.Chat.Post(Some.Id(), Some.Id(), MessageDraft.Text("hello"), null, null, T);

        result.Outcome().Should().Be("not_a_member");
    }

    [Fact]
    public void Post_ByANonMember_TakesNoSeq()
    {
        var scenario = SortieScenario.Create();

        scenario.Chat.Post(Some.Id(), Some.Id(), MessageDraft.Text("hello"), null, null, T);

        scenario.Chat.LastSeq.Should().Be(1);
    }

    [Fact]
    public void Post_SeveralMessages_TakeContiguousSeqsStartingWithTheWelcome()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");

        Post(scenario.Chat, scenario.CreatorId, "one", T);
        Post(scenario.Chat, bob, "two", T.AddSeconds(1));
        Post(scenario.Chat, bob, "three", T.AddSeconds(2));

        PostedMessages(scenario.Chat).Select(m => m.Seq).Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public void Post_ByAMember_ReturnsTheMessageOfThisChatFromThatSender()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var messageId = Some.Id();

        var message = scenario.Chat.Post(messageId, bob, MessageDraft.Text("hello"), null, null, T).Value;

        new { message.Id, message.ChatId, message.SortieId, message.SenderId, message.Seq, message.Type, message.Content, message.IsDeleted, message.CreatedAt }
            .Should().Be(new
            {
                Id = messageId,
                ChatId = scenario.Chat.Id,
                SortieId = scenario.Sortie.Id,
                SenderId = (string?)bob,
                Seq = 3L,
                Type = MessageType.Text,
                Content = (string?)"hello",
                IsDeleted = false,
                CreatedAt = T,
            });
    }

    [Fact]
    public void Post_ImageDraft_KeepsTheMedia()
    {
        var scenario = SortieScenario.Create();

        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, Some.Image(), null, null, T).Value;

        message.Media.Should().Be(Some.Photo);
    }

    [Fact]
    public void Post_WithAClientMessageId_KeepsIt()
    {
        var scenario = SortieScenario.Create();

        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hello"), null, "client-42", T).Value;

        message.ClientMessageId.Should().Be("client-42");
    }

    [Fact]
    public void Post_ByAMember_MovesTheSenderWatermarkToTheNewSeq()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        Post(scenario.Chat, scenario.CreatorId, "one", T);
        Post(scenario.Chat, scenario.CreatorId, "two", T);

        var message = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("three"), null, null, T).Value;

        scenario.Chat.FindMember(bob)!.LastReadSeq.Should().Be(message.Seq).And.Be(5);
    }

    [Fact]
    public void Post_ByAMember_LeavesTheOtherWatermarks()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");

        Post(scenario.Chat, bob, "hello", T);

        scenario.Chat.FindMember(scenario.CreatorId)!.LastReadSeq.Should().Be(1);
    }

    [Fact]
    public void Post_ByAMember_PointsTheChatAtTheNewMessage()
    {
        var scenario = SortieScenario.Create();
        var messageId = Some.Id();

        scenario.Chat.Post(messageId, scenario.CreatorId, MessageDraft.Text("hello"), null, null, T);

        (scenario.Chat.LastSeq, scenario.Chat.LastMessageId, scenario.Chat.UpdatedAt).Should().Be((2L, messageId, T));
    }

    [Fact]
    public void Post_ByAMember_RaisesMessagePostedWithTheMessage()
    {
        var scenario = SortieScenario.Create();
        scenario.ClearEvents();

        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hello"), null, null, T).Value;

        scenario.Chat.DomainEvents.Should().Equal(new MessagePosted(message));
    }

    [Fact]
    public void Post_SystemType_FailsWithValidationFailed()
    {
        var scenario = SortieScenario.Create();

        var result = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.ForSystem("I am the server"), null, null, T);

        result.Error.Should().Match<Error?>(e => e != null && e.Code == "validation_failed" && e.Fields!.ContainsKey("type"));
    }

    [Fact]
    public void Post_SystemType_TakesNoSeq()
    {
        var scenario = SortieScenario.Create();

        scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.ForSystem("I am the server"), null, null, T);

        scenario.Chat.LastSeq.Should().Be(1);
    }

    [Fact]
    public void Post_ReplyToAMessageOfAnotherChat_FailsWithValidationFailedOnReplyTo()
    {
        var scenario = SortieScenario.Create();
        var other = SortieScenario.Create();
        var foreign = other.Chat.Post(Some.Id(), other.CreatorId, MessageDraft.Text("elsewhere"), null, null, T).Value;

        var result = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("re"), foreign, null, T);

        result.Error.Should().Match<Error?>(e => e != null && e.Code == "validation_failed" && e.Fields!.ContainsKey("replyTo"));
    }

    [Fact]
    public void Post_ReplyToAMessageOfAnotherChat_TakesNoSeq()
    {
        var scenario = SortieScenario.Create();
        var other = SortieScenario.Create();
        var foreign = other.Chat.Post(Some.Id(), other.CreatorId, MessageDraft.Text("elsewhere"), null, null, T).Value;

        scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("re"), foreign, null, T);

        scenario.Chat.LastSeq.Should().Be(1);
    }

    [Fact]
    public void Post_ReplyToAMessageOfTheSameChat_KeepsItsId()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var original = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("who comes?"), null, null, T).Value;

        var reply = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("me"), original, null, T).Value;

        reply.ReplyTo.Should().Be(original.Id);
    }

    [Fact]
    public void Post_MemberAgainWithinTheCooldown_FailsWithSlowMode()
    {
        var (chat, _, bob) = SlowChat(cooldownSeconds: 30);
        Post(chat, bob, "first", T);

        var result = chat.Post(Some.Id(), bob, MessageDraft.Text("second"), null, null, T.AddSeconds(10));

        result.Outcome().Should().Be("slow_mode");
    }

    [Theory]
    [InlineData(10_000, 20)]
    [InlineData(10_500, 20)]
    [InlineData(29_001, 1)]
    public void Post_MemberAgainWithinTheCooldown_SaysHowManySecondsToWait(int elapsedMilliseconds, int expectedRetryAfter)
    {
        var (chat, _, bob) = SlowChat(cooldownSeconds: 30);
        Post(chat, bob, "first", T);

        var result = chat.Post(Some.Id(), bob, MessageDraft.Text("second"), null, null, T.AddMilliseconds(elapsedMilliseconds));

        (result.Outcome(), result.Error?.RetryAfterSeconds).Should().Be(("slow_mode", (int?)expectedRetryAfter));
    }

    [Fact]
    public void Post_MemberAgainWithinTheCooldown_TakesNoSeq()
    {
        var (chat, _, bob) = SlowChat(cooldownSeconds: 30);
        Post(chat, bob, "first", T);

        chat.Post(Some.Id(), bob, MessageDraft.Text("second"), null, null, T.AddSeconds(10));

        chat.LastSeq.Should().Be(3);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    public void Post_MemberOnceTheCooldownIsOver_Succeeds(int elapsedSeconds)
    {
        var (chat, _, bob) = SlowChat(cooldownSeconds: 30);
        Post(chat, bob, "first", T);

        var result = chat.Post(Some.Id(), bob, MessageDraft.Text("second"), null, null, T.AddSeconds(elapsedSeconds));

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void Post_RefusedForSlowMode_DoesNotRestartTheCooldown()
    {
        var (chat, _, bob) = SlowChat(cooldownSeconds: 30);
        Post(chat, bob, "first", T);
        chat.Post(Some.Id(), bob, MessageDraft.Text("too early"), null, null, T.AddSeconds(20));

        var result = chat.Post(Some.Id(), bob, MessageDraft.Text("second"), null, null, T.AddSeconds(30));

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void Post_MemberFirstMessageUnderSlowMode_Succeeds()
    {
        var (chat, _, bob) = SlowChat(cooldownSeconds: 30);

        var result = chat.Post(Some.Id(), bob, MessageDraft.Text("first"), null, null, T);

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void Post_CreatorAgainWithinTheCooldown_IsExempt()
    {
        var scenario = SortieScenario.Create();
        scenario.Chat.SetSlowMode(scenario.CreatorId, 30, Some.Now).EnsureSuccess();
        Post(scenario.Chat, scenario.CreatorId, "first", T);

        var result = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("second"), null, null, T.AddSeconds(1));

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void Post_AfterSlowModeIsTurnedOff_MemberPostsAgainAtOnce()
    {
        var (chat, creator, bob) = SlowChat(cooldownSeconds: 30);
        Post(chat, bob, "first", T);
        chat.SetSlowMode(creator, 0, T).EnsureSuccess();

        var result = chat.Post(Some.Id(), bob, MessageDraft.Text("second"), null, null, T.AddSeconds(1));

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void SetSlowMode_ByTheCreator_SetsTheCooldown()
    {
        var scenario = SortieScenario.Create();

        scenario.Chat.SetSlowMode(scenario.CreatorId, 30, T);

        (scenario.Chat.CooldownSeconds, scenario.Chat.UpdatedAt).Should().Be((30, T));
    }

    [Fact]
    public void SetSlowMode_ByTheCreator_RaisesSlowModeChanged()
    {
        var scenario = SortieScenario.Create();
        scenario.ClearEvents();

        scenario.Chat.SetSlowMode(scenario.CreatorId, 30, T);

        scenario.Chat.DomainEvents.Should().Equal(new SlowModeChanged(scenario.Chat.Id, scenario.Sortie.Id, 30, T));
    }

    [Fact]
    public void SetSlowMode_SameValueAgain_RaisesNoEvent()
    {
        var scenario = SortieScenario.Create();
        scenario.Chat.SetSlowMode(scenario.CreatorId, 30, T).EnsureSuccess();
        scenario.ClearEvents();

        scenario.Chat.SetSlowMode(scenario.CreatorId, 30, T.AddMinutes(1));

        scenario.Chat.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void SetSlowMode_ByAMember_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");

        var result = scenario.Chat.SetSlowMode(bob, 30, T);

        result.Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void SetSlowMode_ByAMember_KeepsTheCooldown()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");

        scenario.Chat.SetSlowMode(bob, 30, T);

        scenario.Chat.CooldownSeconds.Should().Be(0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Chat.MaxCooldownSeconds + 1)]
    public void SetSlowMode_OutOfRange_FailsValidationOnCooldownSeconds(int seconds)
    {
        var scenario = SortieScenario.Create();

        var result = scenario.Chat.SetSlowMode(scenario.CreatorId, seconds, T);

        result.Error!.Fields!.Keys.Should().Equal("cooldownSeconds");
        scenario.Chat.CooldownSeconds.Should().Be(0);
    }

    [Fact]
    public void SetSlowMode_ByANonMember_FailsWithNotAMember()
    {
        var scenario = SortieScenario.Create();

        var result = scenario.Chat.SetSlowMode(Some.Id(), 30, T);

        result.Outcome().Should().Be("not_a_member");
    }

    [Fact]
    public void MarkRead_LaterMessage_MovesTheWatermarkToItsSeq()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        Post(scenario.Chat, bob, "one", T);
        var two = Post(scenario.Chat, bob, "two", T);

        var result = scenario.Chat.MarkRead(scenario.CreatorId, two);

        (result.Value, scenario.Chat.FindMember(scenario.CreatorId)!.LastReadSeq).Should().Be((4L, 4L));
    }

    [Fact]
    public void MarkRead_LaterMessage_RaisesMessagesRead()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var one = Post(scenario.Chat, bob, "one", T);
        scenario.ClearEvents();

        scenario.Chat.MarkRead(scenario.CreatorId, one);

        scenario.Chat.DomainEvents.Should().Equal(new MessagesRead(scenario.Chat.Id, scenario.Sortie.Id, scenario.CreatorId, one.Id, 3));
    }

    [Fact]
    public void MarkRead_EarlierMessage_KeepsTheWatermark()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var one = Post(scenario.Chat, bob, "one", T);
        var two = Post(scenario.Chat, bob, "two", T);
        scenario.Chat.MarkRead(scenario.CreatorId, two).EnsureSuccess();

        var result = scenario.Chat.MarkRead(scenario.CreatorId, one);

        (result.Value, scenario.Chat.FindMember(scenario.CreatorId)!.LastReadSeq).Should().Be((4L, 4L));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MarkRead_EarlierOrSameMessage_RaisesNoEvent(bool sameMessage)
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var one = Post(scenario.Chat, bob, "one", T);
        var two = Post(scenario.Chat, bob, "two", T);
        scenario.Chat.MarkRead(scenario.CreatorId, two).EnsureSuccess();
        scenario.ClearEvents();

        scenario.Chat.MarkRead(scenario.CreatorId, sameMessage ? two : one);

        scenario.Chat.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void MarkRead_ByTheSenderOfTheLastMessage_RaisesNoEvent()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var own = Post(scenario.Chat, bob, "mine", T);
        scenario.ClearEvents();

        scenario.Chat.MarkRead(bob, own);

        scenario.Chat.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void MarkRead_ByANonMember_FailsWithNotAMember()
    {
        var scenario = SortieScenario.Create();
        var one = Post(scenario.Chat, scenario.CreatorId, "one", T);

        var result = scenario.Chat.MarkRead(Some.Id(), one);

        result.Outcome().Should().Be("not_a_member");
    }

    [Fact]
    public void MarkRead_MessageOfAnotherChat_FailsWithNotFound()
    {
        var scenario = SortieScenario.Create();
        var other = SortieScenario.Create();
        var foreign = Post(other.Chat, other.CreatorId, "elsewhere", T);

        var result = scenario.Chat.MarkRead(scenario.CreatorId, foreign);

        result.Outcome().Should().Be("not_found");
    }

    [Fact]
    public void AddMember_AlreadyAMember_Throws()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");

        var act = () => scenario.Chat.AddMember(bob, "Bob", Some.Id(), T);

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void RemoveMember_NotAMember_Throws()
    {
        var scenario = SortieScenario.Create();

        var act = () => scenario.Chat.RemoveMember(Some.Id(), "Bob", MemberRemovalReason.Left, Some.Id(), T);

        act.Should().Throw<InvalidOperationException>();
    }

    private static (Chat Chat, string CreatorId, string MemberId) SlowChat(int cooldownSeconds)
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        scenario.Chat.SetSlowMode(scenario.CreatorId, cooldownSeconds, Some.Now).EnsureSuccess();
        return (scenario.Chat, scenario.CreatorId, bob);
    }

    private static Message Post(Chat chat, string senderId, string text, DateTimeOffset at) =>
        chat.Post(Some.Id(), senderId, MessageDraft.Text(text), null, null, at).Value;

    private static IEnumerable<Message> PostedMessages(Chat chat) => chat.DomainEvents.OfType<MessagePosted>().Select(e => e.Message);
}
