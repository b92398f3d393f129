using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Rooms.JoinRoom;

/// <summary>Members only: the room's last 50 messages and last seq, to start from or catch up after.</summary>
public sealed record JoinRoomQuery(string SortieId) : IQuery<Result<RoomSnapshotDto>>;
