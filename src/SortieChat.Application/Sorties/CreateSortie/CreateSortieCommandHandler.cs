using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Sorties.CreateSortie;

/// <summary>The sortie and its chat are created together: the creator is the first member, the welcome message seq 1.</summary>
public sealed class CreateSortieCommandHandler(
    ISortieRepository sorties, IChatRepository chats, ICurrentUser currentUser, IIdGenerator ids, IClock clock)
    : ICommandHandler<CreateSortieCommand, Result<SortieDto>>
{
    public ValueTask<Result<SortieDto>> Handle(CreateSortieCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var sortie = Sortie.Create(ids.NewId(), ids.NewId(), currentUser.RequireUserId(), command.Details, now);
        var chat = Chat.Open(sortie, ids.NewId(), now);
        sorties.Add(sortie);
        chats.Add(chat);
        return ValueTask.FromResult<Result<SortieDto>>(sortie.ToDto());
    }
}
