using SortieChat.Domain.Participations;
using SortieChat.Domain.Tests.TestData;
using static SortieChat.Domain.Participations.ParticipationStatus;

namespace SortieChat.Domain.Tests.Participations;

/// <summary>The transition table of DESIGN.md section 2, every (from, to) pair of the four statuses.</summary>
public sealed class ParticipationTransitionTests
{
    private const string Ok = "ok";

    /// <summary>Written out from DESIGN.md, not derived from the code under test.</summary>
    private static readonly (ParticipationStatus From, ParticipationStatus To, string Outcome)[] Table =
    [
        (Pending, Pending, "already_requested"),
        (Pending, Accepted, Ok),
        (Pending, Refused, Ok),
        (Pending, Cancelled, Ok),
        (Accepted, Pending, "already_requested"),
        (Accepted, Accepted, "invalid_transition"),
        (Accepted, Refused, Ok),
        (Accepted, Cancelled, Ok),
        (Refused, Pending, "invalid_transition"),
        (Refused, Accepted, "invalid_transition"),
        (Refused, Refused, "invalid_transition"),
        (Refused, Cancelled, "invalid_transition"),
        (Cancelled, Pending, Ok),
        (Cancelled, Accepted, "invalid_transition"),
        (Cancelled, Refused, "invalid_transition"),
        (Cancelled, Cancelled, "invalid_transition"),
    ];

    public static TheoryData<ParticipationStatus, ParticipationStatus, string> AllPairs =>
        new(Table.Select(row => (row.From, row.To, row.Outcome)));

    public static TheoryData<ParticipationStatus, ParticipationStatus> AllowedPairs =>
        new(Table.Where(row => row.Outcome == Ok).Select(row => (row.From, row.To)));

    public static TheoryData<ParticipationStatus, ParticipationStatus> RefusedPairs =>
        new(Table.Where(row => row.Outcome != Ok).Select(row => (row.From, row.To)));

    /// <summary>Every pair outside the table, asked by each of the three actors.</summary>
    public static TheoryData<ParticipationStatus, ParticipationStatus, string, Actor> RefusedPairsByAnyone =>
        new(Table.Where(row => row.Outcome != Ok)
            .SelectMany(row => Enum.GetValues<Actor>().Select(actor => (row.From, row.To, row.Outcome, actor))));

    [Fact]
    public void Table_CoversEveryPairOfTheFourStatuses()
    {
        Table.Select(row => (row.From, row.To)).Should().OnlyHaveUniqueItems().And.HaveCount(16);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void ChangeParticipationStatus_ByTheRightActor_FollowsTheTransitionTable(
        ParticipationStatus from, ParticipationStatus to, string expectedOutcome)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);

        var result = scenario.Change(participation, RightActor(scenario, participation, to), to);

        result.Outcome().Should().Be(expectedOutcome);
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void ChangeParticipationStatus_AllowedPair_MovesToTheTarget(ParticipationStatus from, ParticipationStatus to)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);

        scenario.Change(participation, RightActor(scenario, participation, to), to, at: Some.Now.AddHours(1));

        (participation.Status, participation.UpdatedAt).Should().Be((to, Some.Now.AddHours(1)));
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void ChangeParticipationStatus_AllowedPair_RaisesStatusChangedWithFromAndTo(ParticipationStatus from, ParticipationStatus to)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);
        participation.ClearDomainEvents();

        scenario.Change(participation, RightActor(scenario, participation, to), to, at: Some.Now.AddHours(1));

        participation.DomainEvents.OfType<ParticipationStatusChanged>().Should().Equal(
            new ParticipationStatusChanged(participation.Id, scenario.Sortie.Id, participation.UserId, from, to, Some.Now.AddHours(1)));
    }

    [Theory]
    [MemberData(nameof(RefusedPairs))]
    public void ChangeParticipationStatus_RefusedPair_LeavesTheStatusUnchanged(ParticipationStatus from, ParticipationStatus to)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);

        scenario.Change(participation, RightActor(scenario, participation, to), to, at: Some.Now.AddHours(1));

        (participation.Status, participation.UpdatedAt).Should().Be((from, Some.Now));
    }

    [Theory]
    [MemberData(nameof(RefusedPairs))]
    public void ChangeParticipationStatus_RefusedPair_RaisesNoEvent(ParticipationStatus from, ParticipationStatus to)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);
        participation.ClearDomainEvents();
        scenario.ClearEvents();

        scenario.Change(participation, RightActor(scenario, participation, to), to);

        participation.DomainEvents.Concat(scenario.Sortie.DomainEvents).Concat(scenario.Chat.DomainEvents).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void IsAllowed_EveryPair_MatchesTheTable(ParticipationStatus from, ParticipationStatus to, string expectedOutcome)
    {
        ParticipationTransitions.IsAllowed(from, to).Should().Be(expectedOutcome == Ok);
    }

    [Theory]
    [InlineData(Pending, ParticipationActor.Participant)]
    [InlineData(Accepted, ParticipationActor.Creator)]
    [InlineData(Refused, ParticipationActor.Creator)]
    [InlineData(Cancelled, ParticipationActor.Participant)]
    public void ActorFor_Target_IsTheCreatorForDecisionsAndTheParticipantOtherwise(ParticipationStatus target, ParticipationActor expected)
    {
        ParticipationTransitions.ActorFor(target).Should().Be(expected);
    }

    [Theory]
    [InlineData(Accepted, Actor.Participant)]
    [InlineData(Accepted, Actor.Stranger)]
    [InlineData(Refused, Actor.Participant)]
    [InlineData(Refused, Actor.Stranger)]
    public void ChangeParticipationStatus_AcceptOrRefuseByOtherThanTheCreator_FailsWithForbidden(ParticipationStatus target, Actor actor)
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());

        var result = scenario.Change(pending, ActorId(scenario, pending, actor), target);

        result.Outcome().Should().Be("forbidden");
    }

    [Theory]
    [InlineData(Pending, Actor.Creator)]
    [InlineData(Pending, Actor.Stranger)]
    [InlineData(Accepted, Actor.Creator)]
    [InlineData(Accepted, Actor.Stranger)]
    public void ChangeParticipationStatus_CancelByOtherThanTheParticipant_FailsWithForbidden(ParticipationStatus from, Actor actor)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);

        var result = scenario.Change(participation, ActorId(scenario, participation, actor), Cancelled);

        result.Outcome().Should().Be("forbidden");
    }

    [Theory]
    [InlineData(Actor.Creator)]
    [InlineData(Actor.Stranger)]
    public void ChangeParticipationStatus_AskAgainByOtherThanTheParticipant_FailsWithForbidden(Actor actor)
    {
        var scenario = SortieScenario.Create();
        var cancelled = scenario.ParticipationIn(Cancelled);

        var result = scenario.Change(cancelled, ActorId(scenario, cancelled, actor), Pending);

        result.Outcome().Should().Be("forbidden");
    }

    [Theory]
    [MemberData(nameof(RefusedPairsByAnyone))]
    public void ChangeParticipationStatus_PairOutsideTheTable_FailsWithTheTablesConflictWhoeverAsks(
        ParticipationStatus from, ParticipationStatus to, string expectedOutcome, Actor actor)
    {
        var scenario = SortieScenario.Create();
        var participation = scenario.ParticipationIn(from);

        var result = scenario.Change(participation, ActorId(scenario, participation, actor), to);

        result.Outcome().Should().Be(expectedOutcome);
    }

    [Fact]
    public void ChangeParticipationStatus_RefusedBackToPendingByTheCreator_FailsWithInvalidTransition()
    {
        var scenario = SortieScenario.Create();
        var refused = scenario.ParticipationIn(Refused);

        var result = scenario.Change(refused, scenario.CreatorId, Pending);

        result.Outcome().Should().Be("invalid_transition");
    }

    [Fact]
    public void ChangeParticipationStatus_AcceptedByTheParticipantThemself_LeavesThemPending()
    {
        var scenario = SortieScenario.Create();
        var pending = scenario.Request(Some.Id());

        scenario.Change(pending, pending.UserId, Accepted);

        pending.Status.Should().Be(Pending);
    }

    [Fact]
    public void ChangeParticipationStatus_AskAgainAfterCancelled_RaisesReopenedRequestForTheCreator()
    {
        var scenario = SortieScenario.Create();
        var cancelled = scenario.ParticipationIn(Cancelled);
        cancelled.ClearDomainEvents();

        scenario.Change(cancelled, cancelled.UserId, Pending, at: Some.Now.AddHours(2));

        cancelled.DomainEvents.OfType<ParticipationRequested>().Should().Equal(
            new ParticipationRequested(cancelled.Id, scenario.Sortie.Id, cancelled.UserId, scenario.CreatorId, Reopened: true, Some.Now.AddHours(2)));
    }

    [Theory]
    [InlineData(Pending, "EN_ATTENTE")]
    [InlineData(Accepted, "ACCEPTEE")]
    [InlineData(Refused, "REFUSEE")]
    [InlineData(Cancelled, "ANNULEE")]
    public void ToName_Status_IsTheOriginalWireValue(ParticipationStatus status, string expected)
    {
        status.ToName().Should().Be(expected);
    }

    [Theory]
    [InlineData("EN_ATTENTE", Pending)]
    [InlineData("ACCEPTEE", Accepted)]
    [InlineData("REFUSEE", Refused)]
    [InlineData("ANNULEE", Cancelled)]
    public void TryParse_WireValue_GivesTheStatus(string name, ParticipationStatus expected)
    {
        (ParticipationStatusNames.TryParse(name, out var status), status).Should().Be((true, expected));
    }

    [Theory]
    [InlineData("PENDING")]
    [InlineData("en_attente")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownValue_Fails(string? name)
    {
        ParticipationStatusNames.TryParse(name, out _).Should().BeFalse();
    }

    public enum Actor
    {
        Creator,
        Participant,
        Stranger,
    }

    private static string RightActor(SortieScenario scenario, Participation participation, ParticipationStatus target) =>
        target is Accepted or Refused ? scenario.CreatorId : participation.UserId;

    private static string ActorId(SortieScenario scenario, Participation participation, Actor actor) => actor switch
    {
        Actor.Creator => scenario.CreatorId,
        Actor.Participant => participation.UserId,
        _ => Some.Id(),
    };
}
