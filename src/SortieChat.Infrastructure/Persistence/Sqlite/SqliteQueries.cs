using static SortieChat.Infrastructure.Persistence.Sqlite.SqliteRows;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>Every query the repositories run, in one place so a test can check each one's plan.</summary>
internal static class SqliteQueries
{
    public const string UserById = $"SELECT {UserColumns} FROM users u WHERE u.id = $id";
    public const string UserByEmail = $"SELECT {UserColumns} FROM users u WHERE u.email = $email AND u.external_subject IS NULL";
    public const string UserByExternalSubject = $"SELECT {UserColumns} FROM users u WHERE u.external_subject = $subject";
    public const string UsersByIds = $"SELECT {UserColumns} FROM users u WHERE u.id IN (SELECT value FROM json_each($ids))";

    public const string SortieById = $"SELECT {SortieColumns} FROM sorties s WHERE s.id = $id";
    public const string SortiesOfMember = $"""
        SELECT {SortieColumns} FROM chat_members cm
        JOIN chats c ON c.id = cm.chat_id
        JOIN sorties s ON s.id = c.sortie_id
        WHERE cm.user_id = $user
        ORDER BY s.created_at DESC, s.id DESC
        """;

    public const string ParticipationById = $"SELECT {ParticipationColumns} FROM participations p WHERE p.id = $id";
    public const string ParticipationBySortieAndUser = $"SELECT {ParticipationColumns} FROM participations p WHERE p.sortie_id = $sortie AND p.user_id = $user";
    public const string ParticipationsBySortie = $"SELECT {ParticipationColumns} FROM participations p WHERE p.sortie_id = $sortie ORDER BY p.created_at, p.id";

    public const string ChatById = $"SELECT {ChatColumns} FROM chats c WHERE c.id = $id";
    public const string ChatBySortie = $"SELECT {ChatColumns} FROM chats c WHERE c.sortie_id = $sortie";
    public const string MembersOfChat = $"SELECT {MemberColumns} FROM chat_members cm WHERE cm.chat_id = $id";
    public const string MembersOfChatBySortie =
        $"SELECT {MemberColumns} FROM chats c JOIN chat_members cm ON cm.chat_id = c.id WHERE c.sortie_id = $sortie";
    public const string MemberOfChatBySortie =
        $"SELECT {MemberColumns} FROM chats c JOIN chat_members cm ON cm.chat_id = c.id WHERE c.sortie_id = $sortie AND cm.user_id = $user";
    public const string MembersOfChatBySortieAmong = $"""
        SELECT {MemberColumns} FROM chats c JOIN chat_members cm ON cm.chat_id = c.id
        WHERE c.sortie_id = $sortie AND cm.user_id IN (SELECT value FROM json_each($users))
        """;
    public const string UnreadMentionsOfUser = """
        SELECT w.chat_id, (SELECT count(*) FROM message_mentions mm WHERE mm.user_id = $user AND mm.chat_id = w.chat_id AND mm.seq > w.after)
        FROM (SELECT json_extract(value, '$.c') AS chat_id, json_extract(value, '$.w') AS after FROM json_each($chats)) w
        """;
    public const string MentionsInChatAfter = "SELECT user_id, seq FROM message_mentions WHERE chat_id = $chat AND seq > $after";
    public const string MutedChatsOfUser = "SELECT chat_id FROM chat_mutes WHERE chat_id IN (SELECT value FROM json_each($chats)) AND user_id = $user";
    // Every endpoint is a non-empty URL: the range makes the first row a primary-key seek, not a scan.
    public const string AnyPushSubscription = "SELECT 1 FROM push_subscriptions WHERE endpoint > '' LIMIT 1";
    public const string SubscribedMembersOfChat = """
        SELECT DISTINCT cm.user_id FROM chat_members cm
        WHERE cm.chat_id = $chat AND EXISTS (SELECT 1 FROM push_subscriptions ps WHERE ps.user_id = cm.user_id)
        """;
    public const string ChatsOfMember = $"""
        SELECT {ChatColumns} FROM chat_members mine
        JOIN chats c ON c.id = mine.chat_id
        WHERE mine.user_id = $user
        ORDER BY c.updated_at DESC, c.id DESC
        """;
    public const string MembersOfChatsOfMember = $"""
        SELECT {MemberColumns} FROM chat_members mine
        JOIN chat_members cm ON cm.chat_id = mine.chat_id
        WHERE mine.user_id = $user
        """;

    public const string MessageById = $"SELECT {MessageColumns} FROM messages m WHERE m.id = $id";
    public const string MessagesByIds = $"SELECT {MessageColumns} FROM messages m WHERE m.id IN (SELECT value FROM json_each($ids))";
    public const string MessageByClientId =
        $"SELECT {MessageColumns} FROM messages m WHERE m.chat_id = $chat AND m.sender_id = $sender AND m.client_message_id = $client";
    public const string MediaInUse =
        "SELECT count(*) FROM messages m WHERE m.media_url = $url OR m.thumbnail_url = $url";
    public const string MessagesNewest = $"SELECT {MessageColumns} FROM messages m WHERE m.chat_id = $chat ORDER BY m.seq DESC LIMIT $take OFFSET $skip";
    public const string MessagesBefore =
        $"SELECT {MessageColumns} FROM messages m WHERE m.chat_id = $chat AND m.seq < $anchor ORDER BY m.seq DESC LIMIT $take OFFSET $skip";
    public const string MessagesAfter =
        $"SELECT {MessageColumns} FROM messages m WHERE m.chat_id = $chat AND m.seq > $anchor ORDER BY m.seq ASC LIMIT $take OFFSET $skip";

    public const string MessagesChangedAfter =
        $"SELECT {MessageColumns} FROM messages m WHERE m.chat_id = $chat AND m.change_seq > $anchor ORDER BY m.change_seq ASC LIMIT $take";

    public const string PinnedCount = "SELECT count(*) FROM messages m WHERE m.chat_id = $chat AND m.pinned_at IS NOT NULL";
    public const string PinnedMessages =
        $"SELECT {MessageColumns} FROM messages m WHERE m.chat_id = $chat AND m.pinned_at IS NOT NULL ORDER BY m.pinned_at DESC";

    /// <summary>The MATCH names the chat in each term (<see cref="SqliteSearchIndex"/>); newest first.</summary>
    public const string SearchMessages = $"""
        SELECT {MessageColumns} FROM message_search
        JOIN message_search_rows r ON r.row_id = message_search.rowid
        JOIN messages m ON m.id = r.message_id
        WHERE message_search MATCH $match AND m.seq < $anchor
        ORDER BY m.seq DESC LIMIT $take
        """;

    public const string UploadByUrl = $"SELECT {UploadColumns} FROM uploads up WHERE up.media_url = $url";
    public const string StoredBytesOfUploader = "SELECT coalesce(sum(up.file_size), 0) FROM uploads up WHERE up.uploader_id = $user";
    public const string UnusedUploads =
        $"SELECT {UploadColumns} FROM uploads up WHERE up.used_at IS NULL AND up.created_at < $before ORDER BY up.created_at LIMIT $take";
}
