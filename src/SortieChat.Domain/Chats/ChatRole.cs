namespace SortieChat.Domain.Chats;

/// <summary>On the wire: creator, member.</summary>
public enum ChatRole
{
    Creator,
    Member,
}
