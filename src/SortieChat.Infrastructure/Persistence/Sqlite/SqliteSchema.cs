using Microsoft.Data.Sqlite;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The schema, one migration per version (<c>PRAGMA user_version</c>). Append new migrations; never edit a shipped one.
/// Every query path has an index (checked with EXPLAIN QUERY PLAN in the tests).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Search (DESIGN.md section 8): see <see cref="SqliteSearchIndex"/> for why each word carries its chat's key.</summary>
    private const string SearchIndex = """
        CREATE TABLE message_search_rows (
            row_id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE REFERENCES messages (id)
        );
        CREATE VIRTUAL TABLE message_search USING fts5 (
            words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
        );
        """;

    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE users (
            id TEXT PRIMARY KEY NOT NULL,
            email TEXT NOT NULL,
            display_name TEXT NOT NULL,
            avatar_url TEXT,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            deactivated_at TEXT
        );
        CREATE UNIQUE INDEX ux_users_email ON users (email);

        CREATE TABLE sorties (
            id TEXT PRIMARY KEY NOT NULL,
            chat_id TEXT NOT NULL,
            creator_id TEXT NOT NULL REFERENCES users (id),
            title TEXT NOT NULL,
            description TEXT,
            starts_at TEXT NOT NULL,
            latitude REAL,
            longitude REAL,
            location_address TEXT,
            location_name TEXT,
            max_participants INTEGER NOT NULL,
            accepted_count INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ix_sorties_creator ON sorties (creator_id);

        CREATE TABLE participations (
            id TEXT PRIMARY KEY NOT NULL,
            sortie_id TEXT NOT NULL REFERENCES sorties (id),
            user_id TEXT NOT NULL REFERENCES users (id),
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_participations_sortie_user ON participations (sortie_id, user_id);
        CREATE INDEX ix_participations_user ON participations (user_id);

        CREATE TABLE chats (
            id TEXT PRIMARY KEY NOT NULL,
            sortie_id TEXT NOT NULL REFERENCES sorties (id),
            name TEXT NOT NULL,
            avatar TEXT,
            last_seq INTEGER NOT NULL,
            last_message_id TEXT,
            cooldown_seconds INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_chats_sortie ON chats (sortie_id);

        CREATE TABLE chat_members (
            chat_id TEXT NOT NULL REFERENCES chats (id),
            user_id TEXT NOT NULL REFERENCES users (id),
            role TEXT NOT NULL,
            joined_at TEXT NOT NULL,
            last_read_seq INTEGER NOT NULL,
            last_sent_at TEXT,
            PRIMARY KEY (chat_id, user_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_chat_members_user ON chat_members (user_id, chat_id);

        CREATE TABLE messages (
            id TEXT PRIMARY KEY NOT NULL,
            chat_id TEXT NOT NULL REFERENCES chats (id),
            sortie_id TEXT NOT NULL,
            sender_id TEXT REFERENCES users (id),
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            content TEXT,
            media_url TEXT,
            thumbnail_url TEXT,
            media_duration REAL,
            file_size INTEGER,
            file_name TEXT,
            mime_type TEXT,
            width INTEGER,
            height INTEGER,
            latitude REAL,
            longitude REAL,
            location_address TEXT,
            location_name TEXT,
            is_deleted INTEGER NOT NULL,
            reply_to TEXT,
            client_message_id TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX ux_messages_chat_seq ON messages (chat_id, seq);
        CREATE UNIQUE INDEX ux_messages_client_id ON messages (chat_id, sender_id, client_message_id)
            WHERE client_message_id IS NOT NULL;
        CREATE INDEX ix_messages_sender ON messages (sender_id);
        """,
        """
        ALTER TABLE users ADD COLUMN external_subject TEXT;
        CREATE UNIQUE INDEX ux_users_external_subject ON users (external_subject) WHERE external_subject IS NOT NULL;
        DROP INDEX ux_users_email;
        CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE external_subject IS NULL;
        """,
        """
        CREATE INDEX ix_messages_media_url ON messages (media_url) WHERE media_url IS NOT NULL;
        CREATE INDEX ix_messages_thumbnail_url ON messages (thumbnail_url) WHERE thumbnail_url IS NOT NULL;
        """,
        """
        CREATE TABLE uploads (
            id TEXT PRIMARY KEY NOT NULL,
            uploader_id TEXT NOT NULL REFERENCES users (id),
            sortie_id TEXT NOT NULL,
            type TEXT NOT NULL,
            created_at TEXT NOT NULL,
            used_at TEXT,
            is_discarding INTEGER NOT NULL,
            media_url TEXT NOT NULL,
            thumbnail_url TEXT,
            media_duration REAL,
            file_size INTEGER,
            file_name TEXT,
            mime_type TEXT,
            width INTEGER,
            height INTEGER
        );
        CREATE UNIQUE INDEX ux_uploads_media_url ON uploads (media_url);
        CREATE INDEX ix_uploads_uploader ON uploads (uploader_id, file_size);
        CREATE INDEX ix_uploads_unused ON uploads (created_at) WHERE used_at IS NULL;
        """,
        """
        ALTER TABLE chats ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
        UPDATE chats SET change_seq = last_seq;
        ALTER TABLE messages ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE messages ADD COLUMN deleted_by TEXT;
        UPDATE messages SET change_seq = seq;
        UPDATE messages SET deleted_by = sender_id WHERE is_deleted = 1;
        CREATE UNIQUE INDEX ux_messages_chat_change ON messages (chat_id, change_seq);
        """,
        """
        ALTER TABLE messages ADD COLUMN system_kind TEXT;
        ALTER TABLE messages ADD COLUMN system_user_id TEXT;
        ALTER TABLE messages ADD COLUMN system_display_name TEXT;
        UPDATE messages SET system_kind = 'welcome', system_user_id = (SELECT s.creator_id FROM sorties s WHERE s.id = messages.sortie_id)
            WHERE type = 'system' AND seq = 1;
        UPDATE messages SET system_kind = 'member_joined', system_display_name = substr(content, 1, length(content) - 19)
            WHERE type = 'system' AND seq > 1 AND content LIKE '% joined the sortie.';
        UPDATE messages SET system_kind = 'member_left', system_display_name = substr(content, 1, length(content) - 17)
            WHERE type = 'system' AND seq > 1 AND content LIKE '% left the sortie.';
        UPDATE messages SET system_kind = 'member_removed', system_display_name = substr(content, 1, length(content) - 31)
            WHERE type = 'system' AND seq > 1 AND content LIKE '% is no longer part of the sortie.';
        UPDATE messages SET system_user_id = (
                SELECT p.user_id FROM participations p JOIN users u ON u.id = p.user_id
                WHERE p.sortie_id = messages.sortie_id AND u.display_name = messages.system_display_name
                ORDER BY p.created_at LIMIT 1)
            WHERE system_display_name IS NOT NULL;
        """,
        """
        ALTER TABLE messages ADD COLUMN edited_at TEXT;
        """,
        """
        ALTER TABLE messages ADD COLUMN reactions TEXT;
        ALTER TABLE messages ADD COLUMN pinned_at TEXT;
        ALTER TABLE messages ADD COLUMN pinned_by TEXT;
        CREATE INDEX ix_messages_pinned ON messages (chat_id, pinned_at) WHERE pinned_at IS NOT NULL;
        """,
        """
        CREATE TABLE webhook_outbox (
            position INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            event_id TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            sortie_id TEXT NOT NULL,
            type TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            body TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            parked INTEGER NOT NULL,
            last_error TEXT
        );
        CREATE INDEX ix_webhook_outbox_stream ON webhook_outbox (endpoint, sortie_id, parked, position);
        CREATE INDEX ix_webhook_outbox_due ON webhook_outbox (parked, next_attempt_at);
        CREATE TABLE webhook_leases (
            endpoint TEXT NOT NULL,
            sortie_id TEXT NOT NULL,
            owner TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            PRIMARY KEY (endpoint, sortie_id)
        );
        """,
        """
        CREATE TABLE push_subscriptions (
            endpoint TEXT PRIMARY KEY NOT NULL,
            user_id TEXT NOT NULL,
            p256dh TEXT NOT NULL,
            auth TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ix_push_subscriptions_user ON push_subscriptions (user_id, created_at);
        """,
        """
        CREATE TABLE chat_mutes (
            chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            PRIMARY KEY (chat_id, user_id)
        );
        """,
        """
        ALTER TABLE messages ADD COLUMN mentions TEXT;
        CREATE TABLE message_mentions (
            user_id TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (user_id, chat_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX ix_message_mentions_chat ON message_mentions (chat_id, seq);
        """,
        SearchIndex,
    ];

    /// <summary>
    /// What SQL alone cannot do, run after a migration's SQL in its transaction, keyed by the version it belongs to
    /// (found by the migration's text, so that a renumbering cannot point it at another one).
    /// </summary>
    public static IReadOnlyDictionary<int, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>> Backfills { get; } =
        new Dictionary<int, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>>
        {
            [Migrations.ToList().IndexOf(SearchIndex) + 1] = SqliteSearchIndex.BackfillAsync,
        };

    public static int CurrentVersion => Migrations.Count;
}
