using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Chats;

/// <summary>The creator deletes any member's message (never a system one); system messages say what they are about.</summary>
public sealed class ModerationTests
{
    private static readonly DateTimeOffset T = Some.Now.AddHours(1);

    [Fact]
    public void Delete_MembersMessageByTheCreator_ErasesItAndNamesTheCreator()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("spam"), null, null, T).Value;

        var result = scenario.Chat.DeleteMessage(scenario.CreatorId, message, T);

        (result.Outcome(), message.IsDeleted, message.Content, message.DeletedBy).Should().Be(("ok", true, (string?)null, scenario.CreatorId));
    }

    [Fact]
    public void Delete_AnotherMembersMessageByAMember_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var carol = scenario.AcceptedMember("Carol");
        var message = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("mine"), null, null, T).Value;

        scenario.Chat.DeleteMessage(carol, message, T).Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Delete_OwnMessageByAMember_NamesTheSender()
    {
        var scenario = SortieScenario.Create();
        var bob = scenario.AcceptedMember("Bob");
        var message = scenario.Chat.Post(Some.Id(), bob, MessageDraft.Text("oops"), null, null, T).Value;

        scenario.Chat.DeleteMessage(bob, message, T).EnsureSuccess();

        message.DeletedBy.Should().Be(bob);
    }

    [Fact]
    public void Delete_JoinMessageByTheCreator_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();
        scenario.ClearEvents();
        scenario.AcceptedMember("Bob");
        var joined = scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message;

        scenario.Chat.DeleteMessage(scenario.CreatorId, joined, T).Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void Open_Welcome_SaysWelcomeAndNamesTheCreator()
    {
        var scenario = SortieScenario.Create();

        var welcome = scenario.Chat.DomainEvents.OfType<MessagePosted>().Single().Message;

        welcome.System.Should().Be(new SystemInfo("welcome", scenario.CreatorId, null));
    }

    [Theory]
    [InlineData(ParticipationStatus.Accepted, "member_joined")]
    [InlineData(ParticipationStatus.Cancelled, "member_left")]
    [InlineData(ParticipationStatus.Refused, "member_removed")]
    public void Membership_SystemMessage_SaysItsKindAndWhom(ParticipationStatus status, string kind)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(ParticipationStatus.Accepted, displayName: "Bob");
        if (status != ParticipationStatus.Accepted)
        {
            scenario.ClearEvents();
            var actor = status == ParticipationStatus.Cancelled ? participation.UserId : scenario.CreatorId;
            scenario.Change(participation, actor, status, "Bob").IsSuccess.Should().BeTrue();
        }

        var last = scenario.Chat.DomainEvents.OfType<MessagePosted>().Last().Message;

        last.System.Should().Be(new SystemInfo(kind, participation.UserId, "Bob"));
    }

    [Fact]
    public void Post_MembersMessage_HasNoSystemInfo()
    {
        var scenario = SortieScenario.Create();

        var message = scenario.Chat.Post(Some.Id(), scenario.CreatorId, MessageDraft.Text("hi"), null, null, T).Value;

        message.System.Should().BeNull();
    }
}
