using SortieChat.Domain.Common;
using SortieChat.Domain.Participations;

namespace SortieChat.Domain.Sorties;

public sealed class Sortie : AggregateRoot
{
    private Sortie(string id, string chatId, string creatorId, SortieDetails details, DateTimeOffset createdAt)
    {
        Id = id;
        ChatId = chatId;
        CreatorId = creatorId;
        Title = details.Title;
        Description = details.Description;
        StartsAt = details.StartsAt;
        Location = details.Location;
        MaxParticipants = details.MaxParticipants;
        CreatedAt = createdAt;
    }

    public string Id { get; }

    public string Title { get; }

    public string? Description { get; }

    public DateTimeOffset StartsAt { get; }

    public Location? Location { get; }

    public int MaxParticipants { get; }

    public string CreatorId { get; }

    public string ChatId { get; }

    public int AcceptedCount { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public bool IsFull => AcceptedCount >= MaxParticipants;

    public static Sortie Create(string id, string chatId, string creatorId, SortieDetails details, DateTimeOffset now)
    {
        var trimmed = details with { Title = details.Title.Trim() };
        var sortie = new Sortie(id, chatId, creatorId, trimmed, now);
        sortie.Raise(new SortieCreated(sortie.Id, sortie.ChatId, sortie.CreatorId, trimmed, now));
        return sortie;
    }

    public static Sortie Rehydrate(
        string id, string chatId, string creatorId, SortieDetails details, int acceptedCount, DateTimeOffset createdAt) =>
        new(id, chatId, creatorId, details, createdAt) { AcceptedCount = acceptedCount };

    public bool IsCreator(string userId) => CreatorId == userId;

    /// <summary>
    /// A user asks to join: a new participation, or the reopening of a cancelled one.
    /// The creator never asks; a pending or accepted request cannot be repeated; a refusal is final.
    /// </summary>
    public Result<Participation> RequestToJoin(string participationId, string userId, Participation? existing, DateTimeOffset now)
    {
        if (IsCreator(userId))
        {
            return SortieErrors.CreatorCannotJoin;
        }

        if (existing is null)
        {
            return Participation.Request(participationId, Id, userId, CreatorId, now);
        }

        if (existing.SortieId != Id || existing.UserId != userId)
        {
            throw new InvalidOperationException("The participation given belongs to another sortie or user.");
        }

        var reopened = existing.Reopen(now, CreatorId);
        return reopened.IsSuccess ? existing : reopened.Error!;
    }

    /// <summary>
    /// Applies a row of the transition table (DESIGN.md section 2) on behalf of <paramref name="actorId"/>: a move in no row
    /// is 409 whoever asks, a move of the table asked by the other party is 403.
    /// </summary>
    public Result<ParticipationChange> ChangeParticipationStatus(
        Participation participation, string actorId, ParticipationStatus target, DateTimeOffset now)
    {
        if (participation.SortieId != Id)
        {
            throw new InvalidOperationException("The participation belongs to another sortie.");
        }

        // A move in no row of the table is a conflict whoever asks; only a move of the table has an owner to check.
        var from = participation.Status;
        if (!ParticipationTransitions.IsAllowed(from, target))
        {
            return target == ParticipationStatus.Pending && from is ParticipationStatus.Pending or ParticipationStatus.Accepted
                ? ParticipationErrors.AlreadyRequested
                : ParticipationErrors.InvalidTransition(from, target);
        }

        var actor = IsCreator(actorId) ? ParticipationActor.Creator
            : participation.UserId == actorId ? ParticipationActor.Participant
            : ParticipationActor.Other;
        if (actor != ParticipationTransitions.ActorFor(target))
        {
            return ParticipationErrors.NotAllowed(target);
        }

        if (target == ParticipationStatus.Accepted && IsFull)
        {
            return SortieErrors.Full;
        }

        if (target == ParticipationStatus.Pending)
        {
            return participation.Reopen(now, CreatorId).IsSuccess ? ParticipationChange.None : ParticipationErrors.AlreadyRequested;
        }

        participation.MoveTo(target, now);
        var change = ParticipationChangeRules.For(from, target);
        if (change == ParticipationChange.MemberJoined)
        {
            AcceptedCount++;
            Raise(new AcceptedCountChanged(Id, AcceptedCount));
        }
        else if (change == ParticipationChange.MemberLeft)
        {
            AcceptedCount--;
            Raise(new AcceptedCountChanged(Id, AcceptedCount));
        }

        return change;
    }
}
