using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Participations;

/// <summary>What a status change does to the sortie's chat.</summary>
public sealed class ParticipationWorkflowTests
{
    private static readonly DateTimeOffset Later = Some.Now.AddMinutes(5);

    [Fact]
    public void ChangeStatus_Accept_AddsTheParticipantWithRoleMember()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());

        scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted, "Bob", Later);

        scenario.Chat.Members.Select(m => (m.UserId, m.Role)).Should().Equal(
            (scenario.CreatorId, ChatRole.Creator), (pending.UserId, ChatRole.Member));
    }

    [Fact]
    public void ChangeStatus_Accept_IncrementsAcceptedCount()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());

        scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted);

        scenario.Sortie.AcceptedCount.Should().Be(1);
    }

    [Fact]
    public void ChangeStatus_Accept_PostsASystemMessageAnnouncingTheMember()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted, "Bob", Later);

        PostedMessages(scenario).Select(m => (m.Seq, m.Type, m.SenderId, m.Content, m.CreatedAt)).Should().Equal(
            (2L, MessageType.System, (string?)null, "Bob joined the sortie.", Later));
    }

    [Fact]
    public void ChangeStatus_Accept_StartsTheNewWatermarkAtTheAnnouncementSeq()
    {
        var scenario = SortieScenario.Create();
        scenario.AcceptedMember("Alice");
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted, "Bob");

        var announcement = PostedMessages(scenario).Single();
        scenario.Chat.FindMember(pending.UserId)!.LastReadSeq.Should().Be(announcement.Seq).And.Be(3);
    }

    [Fact]
    public void ChangeStatus_Accept_LeavesTheNewMemberWithNoUnreadMessage()
    {
        var scenario = SortieScenario.Create();
        var alice = scenario.AcceptedMember("Alice");
        scenario.Chat.Post(Some.Id(), alice, MessageDraft.Text("Hi all"), null, null, Some.Now).EnsureSuccess();
        var pending = scenario.Request(Some.Id());

        scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted, "Bob");

        var unread = scenario.Chat.LastSeq - scenario.Chat.FindMember(pending.UserId)!.LastReadSeq;
        unread.Should().Be(0);
    }

    [Fact]
    public void ChangeStatus_Accept_RaisesMemberAddedWithTheAnnouncementSeq()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted, "Bob", Later);

        scenario.Chat.DomainEvents.OfType<MemberAdded>().Should().Equal(
            new MemberAdded(scenario.Chat.Id, scenario.Sortie.Id, pending.UserId, ChatRole.Member, 2, Later));
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeStatus_RemoveAccepted_RemovesTheMember(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted);

        scenario.Change(accepted, ActorFor(scenario, accepted, target), target);

        scenario.Chat.Members.Select(m => m.UserId).Should().Equal(scenario.CreatorId);
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeStatus_RemoveAccepted_DecrementsAcceptedCount(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        scenario.AcceptedMember("Alice");
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted);

        scenario.Change(accepted, ActorFor(scenario, accepted, target), target);

        scenario.Sortie.AcceptedCount.Should().Be(1);
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused, "Bob is no longer part of the sortie.")]
    [InlineData(ParticipationStatus.Cancelled, "Bob left the sortie.")]
    public void ChangeStatus_RemoveAccepted_PostsASystemMessage(ParticipationStatus target, string expectedText)
    {
        var scenario = SortieScenario.Create();
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted, displayName: "Bob");
        scenario.ClearEvents();

        scenario.Change(accepted, ActorFor(scenario, accepted, target), target, "Bob", Later);

        PostedMessages(scenario).Select(m => (m.Seq, m.Type, m.SenderId, m.Content)).Should().Equal(
            (3L, MessageType.System, (string?)null, expectedText));
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused, MemberRemovalReason.Refused)]
    [InlineData(ParticipationStatus.Cancelled, MemberRemovalReason.Left)]
    public void ChangeStatus_RemoveAccepted_RaisesMemberRemovedWithTheReason(ParticipationStatus target, MemberRemovalReason reason)
    {
        var scenario = SortieScenario.Create();
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted);
        scenario.ClearEvents();

        scenario.Change(accepted, ActorFor(scenario, accepted, target), target, at: Later);

        scenario.Chat.DomainEvents.OfType<MemberRemoved>().Should().Equal(
            new MemberRemoved(scenario.Chat.Id, scenario.Sortie.Id, accepted.UserId, reason, Later));
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeStatus_RemoveAccepted_RemovedUserCanNoLongerPost(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted);
        scenario.Change(accepted, ActorFor(scenario, accepted, target), target);

        var result = scenario.Chat.Post(Some.Id(), accepted.UserId, MessageDraft.Text("still here?"), null, null, Later);

        result.Outcome().Should().Be("not_a_member");
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeStatus_RemovePending_ChangesNoMembership(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        var alice = scenario.AcceptedMember("Alice");
        var pending = scenario.Request(Some.Id());

        scenario.Change(pending, ActorFor(scenario, pending, target), target);

        scenario.Chat.Members.Select(m => m.UserId).Should().BeEquivalentTo([scenario.CreatorId, alice]);
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeStatus_RemovePending_PostsNothingAndRaisesNoChatEvent(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        scenario.Change(pending, ActorFor(scenario, pending, target), target);

        (scenario.Chat.LastSeq, scenario.Chat.DomainEvents.Count).Should().Be((1L, 0));
    }

    [Fact]
    public void ChangeStatus_AcceptWhenFull_LeavesTheChatUnchanged()
    {
        var scenario = SortieScenario.Create(maxParticipants: 1);
        var alice = scenario.AcceptedMember("Alice");
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        var result = scenario.Change(pending, scenario.CreatorId, ParticipationStatus.Accepted);

        (result.Outcome(), scenario.Chat.LastSeq, scenario.Chat.Members.Count).Should().Be(("sortie_full", 2L, 2));
    }

    [Fact]
    public void ChangeStatus_AcceptByAStranger_LeavesTheChatUnchanged()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        var result = scenario.Change(pending, Some.Id(), ParticipationStatus.Accepted);

        (result.Outcome(), scenario.Chat.LastSeq, scenario.Chat.Members.Count).Should().Be(("forbidden", 1L, 1));
    }

    [Fact]
    public void ChangeStatus_AcceptedAgainAfterCancellingAndAskingAgain_IsAMemberAgain()
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(ParticipationStatus.Accepted);
        scenario.Change(participation, participation.UserId, ParticipationStatus.Cancelled).EnsureSuccess();
        scenario.Change(participation, participation.UserId, ParticipationStatus.Pending).EnsureSuccess();

        scenario.Change(participation, scenario.CreatorId, ParticipationStatus.Accepted, "Bob", Later);

        (scenario.Chat.IsMember(participation.UserId), scenario.Sortie.AcceptedCount, scenario.Chat.LastSeq).Should().Be((true, 1, 4L));
    }

    [Fact]
    public void ChangeStatus_ChatOfAnotherSortie_Throws()
    {
        var scenario = SortieScenario.Create();
        var other = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());

        var act = () => ParticipationWorkflow.ChangeStatus(
            scenario.Sortie, other.Chat, pending, scenario.CreatorId, ParticipationStatus.Accepted, "Bob", Some.Id(), Some.Now);

        act.Should().Throw<InvalidOperationException>();
    }

    private static string ActorFor(SortieScenario scenario, Participation participation, ParticipationStatus target) =>
        target == ParticipationStatus.Refused ? scenario.CreatorId : participation.UserId;

    private static IEnumerable<Message> PostedMessages(SortieScenario scenario) =>
        scenario.Chat.DomainEvents.OfType<MessagePosted>().Select(e => e.Message);
}
