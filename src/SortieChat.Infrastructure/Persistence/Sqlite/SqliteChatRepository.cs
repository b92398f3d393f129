using System.Text.Json;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteChatRepository(SqliteUnitOfWork unitOfWork) : IChatRepository
{
    public Task<Chat?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        FindAsync(SqliteQueries.ChatById, SqliteQueries.MembersOfChat, ("$id", id), cancellationToken);

    public Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken cancellationToken) =>
        FindAsync(SqliteQueries.ChatBySortie, SqliteQueries.MembersOfChatBySortie, ("$sortie", sortieId), cancellationToken);

    public Task<Chat?> FindForPostingAsync(string sortieId, string userId, IReadOnlyCollection<string> mentioned, CancellationToken cancellationToken) =>
        mentioned.Count == 0
            ? FindAsync(SqliteQueries.ChatBySortie, SqliteQueries.MemberOfChatBySortie, ("$sortie", sortieId), cancellationToken, ("$user", userId))
            : FindAsync(
                SqliteQueries.ChatBySortie, SqliteQueries.MembersOfChatBySortieAmong, ("$sortie", sortieId), cancellationToken,
                ("$users", JsonSerializer.Serialize<string[]>([userId, .. mentioned])));

    public async Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var members = (await db.QueryAsync(SqliteQueries.MembersOfChatsOfMember, SqliteRows.ReadMember, cancellationToken, ("$user", userId)))
            .ToLookup(row => row.ChatId, row => row.Member);
        return await db.QueryAsync(
            SqliteQueries.ChatsOfMember, r => SqliteRows.ReadChat(r, members[r.GetString(0)]), cancellationToken, ("$user", userId));
    }

    public void Add(Chat chat) => unitOfWork.Track(chat);

    private async Task<Chat?> FindAsync(
        string chatSql, string membersSql, (string, object?) key, CancellationToken cancellationToken, params (string, object?)[] memberFilter)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var members = await db.QueryAsync(membersSql, SqliteRows.ReadMember, cancellationToken, [key, .. memberFilter]);
        var chat = await db.QuerySingleAsync(chatSql, r => SqliteRows.ReadChat(r, members.Select(m => m.Member)), cancellationToken, key);
        if (chat is not null)
        {
            unitOfWork.Track(chat);
        }

        return chat;
    }
}
