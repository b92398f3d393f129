using Microsoft.Data.Sqlite;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Uploads;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>The column lists the repositories select, and how a row becomes an aggregate again.</summary>
internal static class SqliteRows
{
    public const string UserColumns = "u.id, u.email, u.display_name, u.avatar_url, u.password_hash, u.created_at, u.deactivated_at, u.external_subject";

    public const string SortieColumns =
        "s.id, s.chat_id, s.creator_id, s.title, s.description, s.starts_at, s.latitude, s.longitude, s.location_address, s.location_name, " +
        "s.max_participants, s.accepted_count, s.created_at";

    public const string ParticipationColumns = "p.id, p.sortie_id, p.user_id, p.status, p.created_at, p.updated_at";

    public const string ChatColumns = "c.id, c.sortie_id, c.name, c.avatar, c.last_seq, c.last_message_id, c.cooldown_seconds, c.created_at, c.updated_at, c.change_seq";

    public const string MemberColumns = "cm.chat_id, cm.user_id, cm.role, cm.joined_at, cm.last_read_seq, cm.last_sent_at";

    /// <summary>The media columns, from the 8th, are unqualified: message queries read one table.</summary>
    public const string MessageColumns =
        "m.id, m.chat_id, m.sortie_id, m.sender_id, m.seq, m.type, m.content, " + SqliteMedia.Columns + ", " +
        "m.latitude, m.longitude, m.location_address, m.location_name, m.is_deleted, m.reply_to, m.client_message_id, m.created_at, m.updated_at, " +
        "m.change_seq, m.deleted_by, m.system_kind, m.system_user_id, m.system_display_name, m.edited_at, " +
        "m.reactions, m.pinned_at, m.pinned_by, m.mentions";

    public const string UploadColumns =
        "up.id, up.uploader_id, up.sortie_id, up.type, up.created_at, up.used_at, up.is_discarding, " + SqliteMedia.Columns;

    public static User ReadUser(SqliteDataReader r) => User.Rehydrate(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), r.GetString(4), r.GetDate(5), r.GetNullableDate(6), r.GetNullableString(7));

    public static Sortie ReadSortie(SqliteDataReader r) => Sortie.Rehydrate(
        id: r.GetString(0),
        chatId: r.GetString(1),
        creatorId: r.GetString(2),
        details: new SortieDetails(r.GetString(3), r.GetNullableString(4), r.GetDate(5), ReadLocation(r, 6), r.GetInt32(10)),
        acceptedCount: r.GetInt32(11),
        createdAt: r.GetDate(12));

    public static Participation ReadParticipation(SqliteDataReader r)
    {
        if (!ParticipationStatusNames.TryParse(r.GetString(3), out var status))
        {
            throw new InvalidOperationException($"Unknown participation status '{r.GetString(3)}' in the store.");
        }

        return Participation.Rehydrate(r.GetString(0), r.GetString(1), r.GetString(2), status, r.GetDate(4), r.GetDate(5));
    }

    public static (string ChatId, ChatMember Member) ReadMember(SqliteDataReader r) => (
        r.GetString(0),
        new ChatMember(r.GetString(1), Enum.Parse<ChatRole>(r.GetString(2)), r.GetDate(3), r.GetInt64(4), r.GetNullableDate(5)));

    public static Chat ReadChat(SqliteDataReader r, IEnumerable<ChatMember> members) => Chat.Rehydrate(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), r.GetInt64(4), r.GetNullableString(5), r.GetInt32(6),
        r.GetDate(7), r.GetDate(8), members, r.GetInt64(9));

    public static Message ReadMessage(SqliteDataReader r)
    {
        var body = new MessageDraft(ReadMessageType(r, 5), r.GetNullableString(6), SqliteMedia.Read(r, 7), ReadLocation(r, 15))
        {
            System = r.IsDBNull(26) ? null : new SystemInfo(r.GetString(26), r.GetNullableString(27), r.GetNullableString(28)),
            Mentions = SqliteMentions.FromJson(r.GetNullableString(33)),
        };
        return Message.Rehydrate(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), r.GetInt64(4), body, r.GetInt64(19) != 0,
            r.GetNullableString(20), r.GetNullableString(21), r.GetDate(22), r.GetDate(23), ReadRevision(r));
    }

    /// <summary>change_seq, deleted_by (24, 25), then edited_at, reactions, pinned_at, pinned_by (29..32).</summary>
    private static MessageRevision ReadRevision(SqliteDataReader r) => new(r.GetInt64(24))
    {
        DeletedBy = r.GetNullableString(25),
        EditedAt = r.GetNullableDate(29),
        Reactions = SqliteReactions.FromJson(r.GetNullableString(30)),
        PinnedAt = r.GetNullableDate(31),
        PinnedBy = r.GetNullableString(32),
    };

    public static Upload ReadUpload(SqliteDataReader r) => Upload.Rehydrate(
        r.GetString(0), r.GetString(1), r.GetString(2), ReadMessageType(r, 3), SqliteMedia.Read(r, 7)!, r.GetDate(4), r.GetNullableDate(5),
        r.GetInt64(6) != 0);

    private static MessageType ReadMessageType(SqliteDataReader r, int ordinal) => MessageTypeNames.TryParse(r.GetString(ordinal), out var type)
        ? type
        : throw new InvalidOperationException($"Unknown message type '{r.GetString(ordinal)}' in the store.");

    /// <summary>Four columns from <paramref name="first"/>: latitude, longitude, address, name.</summary>
    private static Location? ReadLocation(SqliteDataReader r, int first) => r.IsDBNull(first)
        ? null
        : new Location(r.GetDouble(first), r.GetDouble(first + 1), r.GetNullableString(first + 2), r.GetNullableString(first + 3));
}
