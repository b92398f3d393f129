using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Tests.TestData;

namespace SortieChat.Domain.Tests.Sorties;

public sealed class SortieTests
{
    [Fact]
    public void Create_TitleWithSurroundingSpaces_TrimsIt()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details("  Picnic at the park  "), Some.Now);

        sortie.Title.Should().Be("Picnic at the park");
    }

    [Fact]
    public void Create_NewSortie_HasNoAcceptedParticipant()
    {
        var sortie = Sortie.Create(Some.Id(), Some.Id(), Some.Id(), Some.Details(maxParticipants: 3), Some.Now);

        sortie.AcceptedCount.Should().Be(0);
    }

    [Fact]
    public void Create_NewSortie_RaisesSortieCreatedWithItsChatAndCreator()
    {
        var (id, chatId, creatorId) = (Some.Id(), Some.Id(), Some.Id());

        var sortie = Sortie.Create(id, chatId, creatorId, Some.Details(" Picnic "), Some.Now);

        sortie.DomainEvents.Should().Equal(new SortieCreated(id, chatId, creatorId, Some.Details("Picnic"), Some.Now));
    }

    [Fact]
    public void RequestToJoin_ByTheCreator_FailsWithForbidden()
    {
        var scenario = SortieScenario.Create();

        var result = scenario.Sortie.RequestToJoin(Some.Id(), scenario.CreatorId, null, Some.Now);

        result.Outcome().Should().Be("forbidden");
    }

    [Fact]
    public void RequestToJoin_NewUser_CreatesAPendingParticipationOfThatUser()
    {
        var scenario = SortieScenario.Create();
        var (participationId, userId) = (Some.Id(), Some.Id());

        var participation = scenario.Sortie.RequestToJoin(participationId, userId, null, Some.Now).Value;

        new { participation.Id, participation.SortieId, participation.UserId, participation.Status }.Should().Be(
            new { Id = participationId, SortieId = scenario.Sortie.Id, UserId = userId, Status = ParticipationStatus.Pending });
    }

    [Fact]
    public void RequestToJoin_NewUser_RaisesParticipationRequestedForTheCreator()
    {
        var scenario = SortieScenario.Create();
        var (participationId, userId) = (Some.Id(), Some.Id());

        var participation = scenario.Sortie.RequestToJoin(participationId, userId, null, Some.Now).Value;

        participation.DomainEvents.Should().Equal(
            new ParticipationRequested(participationId, scenario.Sortie.Id, userId, scenario.CreatorId, Reopened: false, Some.Now));
    }

    [Theory]
    [InlineData(ParticipationStatus.Pending)]
    [InlineData(ParticipationStatus.Accepted)]
    public void RequestToJoin_WhilePendingOrAccepted_FailsWithAlreadyRequested(ParticipationStatus status)
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(status);

        var result = scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        result.Outcome().Should().Be("already_requested");
    }

    [Fact]
    public void RequestToJoin_AfterRefused_FailsWithInvalidTransition()
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(ParticipationStatus.Refused);

        var result = scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        result.Outcome().Should().Be("invalid_transition");
    }

    [Fact]
    public void RequestToJoin_AfterRefused_LeavesTheParticipationRefused()
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(ParticipationStatus.Refused);

        scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        existing.Status.Should().Be(ParticipationStatus.Refused);
    }

    [Fact]
    public void RequestToJoin_AfterCancelled_ReturnsTheSameParticipation()
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(ParticipationStatus.Cancelled);

        var result = scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        result.Value.Should().BeSameAs(existing);
    }

    [Fact]
    public void RequestToJoin_AfterCancelled_ReopensItAsPending()
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(ParticipationStatus.Cancelled);

        scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        existing.Status.Should().Be(ParticipationStatus.Pending);
    }

    [Fact]
    public void RequestToJoin_AfterCancelled_KeepsCreatedAtAndMovesUpdatedAt()
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(ParticipationStatus.Cancelled);

        scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        (existing.CreatedAt, existing.UpdatedAt).Should().Be((Some.Now, Some.Now.AddHours(1)));
    }

    [Fact]
    public void RequestToJoin_AfterCancelled_RaisesParticipationRequestedAsReopened()
    {
        var scenario = SortieScenario.Create();
        var existing = scenario.ParticipationIn(ParticipationStatus.Cancelled);
        existing.ClearDomainEvents();

        scenario.Sortie.RequestToJoin(Some.Id(), existing.UserId, existing, Some.Now.AddHours(1));

        existing.DomainEvents.OfType<ParticipationRequested>().Should().Equal(
            new ParticipationRequested(existing.Id, scenario.Sortie.Id, existing.UserId, scenario.CreatorId, Reopened: true, Some.Now.AddHours(1)));
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptPending_IncrementsAcceptedCount()
    {
        var scenario = SortieScenario.Create();
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());

        scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        scenario.Sortie.AcceptedCount.Should().Be(2);
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptPending_RaisesAcceptedCountChanged()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());
        scenario.ClearEvents();

        scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        scenario.Sortie.DomainEvents.Should().Equal(new AcceptedCountChanged(scenario.Sortie.Id, 1));
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeParticipationStatus_RemoveAccepted_DecrementsAcceptedCount(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted);
        var actor = target == ParticipationStatus.Refused ? scenario.CreatorId : accepted.UserId;

        scenario.Sortie.ChangeParticipationStatus(accepted, actor, target, Some.Now);

        scenario.Sortie.AcceptedCount.Should().Be(1);
    }

    [Theory]
    [InlineData(ParticipationStatus.Refused)]
    [InlineData(ParticipationStatus.Cancelled)]
    public void ChangeParticipationStatus_RemovePending_KeepsAcceptedCount(ParticipationStatus target)
    {
        var scenario = SortieScenario.Create();
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());
        var actor = target == ParticipationStatus.Refused ? scenario.CreatorId : pending.UserId;

        scenario.Sortie.ChangeParticipationStatus(pending, actor, target, Some.Now);

        scenario.Sortie.AcceptedCount.Should().Be(1);
    }

    [Theory]
    [InlineData(ParticipationStatus.Pending, ParticipationStatus.Accepted, ParticipationChange.MemberJoined)]
    [InlineData(ParticipationStatus.Pending, ParticipationStatus.Refused, ParticipationChange.None)]
    [InlineData(ParticipationStatus.Pending, ParticipationStatus.Cancelled, ParticipationChange.None)]
    [InlineData(ParticipationStatus.Accepted, ParticipationStatus.Refused, ParticipationChange.MemberLeft)]
    [InlineData(ParticipationStatus.Accepted, ParticipationStatus.Cancelled, ParticipationChange.MemberLeft)]
    [InlineData(ParticipationStatus.Cancelled, ParticipationStatus.Pending, ParticipationChange.None)]
    public void ChangeParticipationStatus_AllowedTransition_ReturnsWhatItMeansForTheChat(
        ParticipationStatus from, ParticipationStatus to, ParticipationChange expected)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);
        var actor = to is ParticipationStatus.Accepted or ParticipationStatus.Refused ? scenario.CreatorId : participation.UserId;

        var result = scenario.Sortie.ChangeParticipationStatus(participation, actor, to, Some.Now);

        result.Value.Should().Be(expected);
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptWhenFull_FailsWithSortieFull()
    {
        var scenario = SortieScenario.Create(maxParticipants: 2);
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());

        var result = scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        result.Outcome().Should().Be("sortie_full");
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptWhenFull_KeepsAcceptedCountAtMax()
    {
        var scenario = SortieScenario.Create(maxParticipants: 2);
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());

        scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        scenario.Sortie.AcceptedCount.Should().Be(2);
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptWhenFull_LeavesTheParticipationPending()
    {
        var scenario = SortieScenario.Create(maxParticipants: 1);
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());

        scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        pending.Status.Should().Be(ParticipationStatus.Pending);
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptTheLastFreePlace_Succeeds()
    {
        var scenario = SortieScenario.Create(maxParticipants: 2);
        scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());

        var result = scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptAfterAMemberOfAFullSortieLeft_Succeeds()
    {
        var scenario = SortieScenario.Create(maxParticipants: 1);
        var accepted = scenario.ParticipationIn(ParticipationStatus.Accepted);
        var pending = scenario.Request(Some.Id());
        scenario.Change(accepted, accepted.UserId, ParticipationStatus.Cancelled).EnsureSuccess();

        var result = scenario.Sortie.ChangeParticipationStatus(pending, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        result.Outcome().Should().Be("ok");
    }

    [Fact]
    public void ChangeParticipationStatus_RehydratedFullSortie_FailsWithSortieFull()
    {
        var sortie = Sortie.Rehydrate(Some.Id(), Some.Id(), Some.Id(), Some.Details(maxParticipants: 3), acceptedCount: 3, Some.Now);
        var pending = Participation.Rehydrate(Some.Id(), sortie.Id, Some.Id(), ParticipationStatus.Pending, Some.Now, Some.Now);

        var result = sortie.ChangeParticipationStatus(pending, sortie.CreatorId, ParticipationStatus.Accepted, Some.Now);

        result.Outcome().Should().Be("sortie_full");
    }

    [Fact]
    public void ChangeParticipationStatus_ParticipationOfAnotherSortie_Throws()
    {
        var scenario = SortieScenario.Create();
        var other = SortieScenario.Create();
        var foreign = other.Request(Some.Id());

        var act = () => scenario.Sortie.ChangeParticipationStatus(foreign, scenario.CreatorId, ParticipationStatus.Accepted, Some.Now);

        act.Should().Throw<InvalidOperationException>();
    }
}
