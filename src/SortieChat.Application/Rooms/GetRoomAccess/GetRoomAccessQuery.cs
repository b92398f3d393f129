using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Rooms.GetRoomAccess;

/// <summary>Succeeds only for a member of the sortie's chat: the check behind typing, leaving and presence.</summary>
public sealed record GetRoomAccessQuery(string SortieId) : IQuery<Result<RoomAccessDto>>;
