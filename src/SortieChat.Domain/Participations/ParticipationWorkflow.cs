using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Participations;

/// <summary>A status change and what it does to the sortie's chat, decided together.</summary>
public static class ParticipationWorkflow
{
    public static Result<ParticipationChange> ChangeStatus(
        Sortie sortie, Chat chat, Participation participation, string actorId, ParticipationStatus target,
        string participantDisplayName, string systemMessageId, DateTimeOffset now)
    {
        if (chat.SortieId != sortie.Id)
        {
            throw new InvalidOperationException("The chat belongs to another sortie.");
        }

        var changed = sortie.ChangeParticipationStatus(participation, actorId, target, now);
        if (changed.IsFailure)
        {
            return changed;
        }

        switch (changed.Value)
        {
            case ParticipationChange.MemberJoined:
                chat.AddMember(participation.UserId, participantDisplayName, systemMessageId, now);
                break;
            case ParticipationChange.MemberLeft:
                var reason = target == ParticipationStatus.Cancelled ? MemberRemovalReason.Left : MemberRemovalReason.Refused;
                chat.RemoveMember(participation.UserId, participantDisplayName, reason, systemMessageId, now);
                break;
        }

        return changed;
    }
}
