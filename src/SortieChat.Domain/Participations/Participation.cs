using SortieChat.Domain.Common;

namespace SortieChat.Domain.Participations;

/// <summary>One user's request to join one sortie; its status changes only through <c>Sortie</c>.</summary>
public sealed class Participation : AggregateRoot
{
    private Participation(string id, string sortieId, string userId, ParticipationStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        Id = id;
        SortieId = sortieId;
        UserId = userId;
        Status = status;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
    }

    public string Id { get; }

    public string SortieId { get; }

    public string UserId { get; }

    public ParticipationStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Participation Rehydrate(
        string id, string sortieId, string userId, ParticipationStatus status, DateTimeOffset createdAt, DateTimeOffset updatedAt) =>
        new(id, sortieId, userId, status, createdAt, updatedAt);

    internal static Participation Request(string id, string sortieId, string userId, string creatorId, DateTimeOffset now)
    {
        var participation = new Participation(id, sortieId, userId, ParticipationStatus.Pending, now, now);
        participation.Raise(new ParticipationRequested(id, sortieId, userId, creatorId, Reopened: false, now));
        return participation;
    }

    internal Result Reopen(DateTimeOffset now, string creatorId)
    {
        if (Status is ParticipationStatus.Pending or ParticipationStatus.Accepted)
        {
            return ParticipationErrors.AlreadyRequested;
        }

        if (Status != ParticipationStatus.Cancelled)
        {
            return ParticipationErrors.InvalidTransition(Status, ParticipationStatus.Pending);
        }

        MoveTo(ParticipationStatus.Pending, now);
        Raise(new ParticipationRequested(Id, SortieId, UserId, creatorId, Reopened: true, now));
        return Result.Success();
    }

    internal void MoveTo(ParticipationStatus target, DateTimeOffset now)
    {
        var from = Status;
        Status = target;
        UpdatedAt = now;
        Raise(new ParticipationStatusChanged(Id, SortieId, UserId, from, target, now));
    }
}
