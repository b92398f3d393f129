using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Application.Users;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Participations.ChangeParticipationStatus;

/// <summary>Accept, refuse, cancel or ask again; a membership change and its system message are stored together.</summary>
public sealed class ChangeParticipationStatusCommandHandler(
    IParticipationRepository participations, ISortieRepository sorties, IChatRepository chats, IUserRepository users,
    ICurrentUser currentUser, IIdGenerator ids, IClock clock)
    : ICommandHandler<ChangeParticipationStatusCommand, Result<ParticipationDto>>
{
    public async ValueTask<Result<ParticipationDto>> Handle(ChangeParticipationStatusCommand command, CancellationToken cancellationToken)
    {
        if (await participations.FindByIdAsync(command.ParticipationId, cancellationToken) is not { } participation)
        {
            return ParticipationErrors.NotFound;
        }

        var sortie = await sorties.FindByIdAsync(participation.SortieId, cancellationToken) ?? throw MissingParent("sortie", participation.SortieId);
        var chat = await chats.FindBySortieIdAsync(sortie.Id, cancellationToken) ?? throw MissingParent("chat of sortie", sortie.Id);
        if (await users.FindByIdAsync(participation.UserId, cancellationToken) is not { } participant)
        {
            return UserErrors.NotFound;
        }

        var changed = ParticipationWorkflow.ChangeStatus(
            sortie, chat, participation, currentUser.RequireUserId(), command.Status, participant.DisplayName, ids.NewId(), clock.UtcNow);
        return changed.IsSuccess ? participation.ToDto(participant.DisplayName) : changed.Error!;
    }

    private static InvalidOperationException MissingParent(string what, string id) =>
        new($"The store is inconsistent: {what} {id} is missing.");
}
