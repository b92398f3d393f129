using Mediator;

namespace SortieChat.Application.Rooms.GetRoomMembers;

/// <summary>For the server: the user ids of the chat's members now (none for an unknown sortie), to check live connections against.</summary>
public sealed record GetRoomMembersQuery(string SortieId) : IQuery<IReadOnlySet<string>>;
