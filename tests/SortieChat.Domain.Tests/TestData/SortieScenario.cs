using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Tests.TestData;

/// <summary>A sortie with its chat; participants reach each status through the real domain paths.</summary>
internal sealed class SortieScenario
{
    private SortieScenario(string creatorId, Sortie sortie, Chat chat)
    {
        CreatorId = creatorId;
        Sortie = sortie;
        Chat = chat;
    }

    public string CreatorId { get; }

    public Sortie Sortie { get; }

    public Chat Chat { get; }

    public static SortieScenario Create(int maxParticipants = 5, string title = "Picnic at the park")
    {
        var creatorId = Some.Id();
        var sortie = Sortie.Create(Some.Id(), Some.Id(), creatorId, Some.Details(title, maxParticipants), Some.Now);
        var chat = Chat.Open(sortie, Some.Id(), Some.Now);
        return new SortieScenario(creatorId, sortie, chat);
    }

    public Participation Request(string userId) => Sortie.RequestToJoin(Some.Id(), userId, null, Some.Now).Value;

    public Result<ParticipationChange> Change(
        Participation participation, string actorId, ParticipationStatus target, string displayName = "Bob", DateTimeOffset? at = null) =>
        ParticipationWorkflow.ChangeStatus(Sortie, Chat, participation, actorId, target, displayName, Some.Id(), at ?? Some.Now);

    /// <summary>A participation of a new user in <paramref name="status"/>, with the sortie and chat in step.</summary>
    public Participation ParticipationIn(ParticipationStatus status, string? userId = null, string displayName = "Bob")
    {
        var participation = Request(userId ?? Some.Id());
        switch (status)
        {
            case ParticipationStatus.Accepted:
            case ParticipationStatus.Refused:
                Change(participation, CreatorId, status, displayName).EnsureSuccess();
                break;
            case ParticipationStatus.Cancelled:
                Change(participation, participation.UserId, status, displayName).EnsureSuccess();
                break;
        }

        return participation;
    }

    /// <summary>A new user accepted into the sortie, so a member of its chat; returns their id.</summary>
    public string AcceptedMember(string displayName = "Bob") => ParticipationIn(ParticipationStatus.Accepted, displayName: displayName).UserId;

    public void ClearEvents()
    {
        Sortie.ClearDomainEvents();
        Chat.ClearDomainEvents();
    }
}
