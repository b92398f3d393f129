using SortieChat.Domain.Common;

namespace SortieChat.Domain.Participations;

public static class ParticipationErrors
{
    public static readonly Error AlreadyRequested = new(ErrorCodes.AlreadyRequested, "A request to join this sortie is already pending or accepted.");

    public static readonly Error NotFound = Error.NotFound("The participation");

    public static Error InvalidTransition(ParticipationStatus from, ParticipationStatus to) =>
        new(ErrorCodes.InvalidTransition, $"A participation cannot go from {from.ToName()} to {to.ToName()}.");

    public static Error NotAllowed(ParticipationStatus target) => Error.Forbidden(
        ParticipationTransitions.ActorFor(target) == ParticipationActor.Creator
            ? "Only the creator of the sortie accepts or refuses participants."
            : "Only the participant cancels or renews their own request.");
}
