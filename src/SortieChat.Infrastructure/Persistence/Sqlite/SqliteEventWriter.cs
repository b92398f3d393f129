using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Uploads;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>Turns each domain event into the rows it changes, inside the command's transaction.</summary>
internal sealed class SqliteEventWriter
{
    public Task WriteAsync(SqliteScope db, IDomainEvent domainEvent, CancellationToken ct) => domainEvent switch
    {
        UserRegistered e => db.ExecuteAsync(
            """
            INSERT INTO users (id, email, display_name, avatar_url, password_hash, created_at, deactivated_at, external_subject)
            VALUES ($id, $email, $name, NULL, $hash, $at, NULL, $subject)
            """,
            ct, ("$id", e.UserId), ("$email", e.Email), ("$name", e.DisplayName), ("$hash", e.PasswordHash), ("$at", e.RegisteredAt),
            ("$subject", e.ExternalSubject)),
        UserDeactivated e => ExpectOneAsync(db.ExecuteAsync(
            "UPDATE users SET deactivated_at = $at WHERE id = $id", ct, ("$id", e.UserId), ("$at", e.DeactivatedAt)), e),
        SortieCreated e => InsertSortieAsync(db, e, ct),
        AcceptedCountChanged e => ExpectOneAsync(db.ExecuteAsync(
            "UPDATE sorties SET accepted_count = $count WHERE id = $id", ct, ("$id", e.SortieId), ("$count", e.AcceptedCount)), e),
        ParticipationRequested { Reopened: true } => Task.CompletedTask,
        ParticipationRequested e => db.ExecuteAsync(
            "INSERT INTO participations (id, sortie_id, user_id, status, created_at, updated_at) VALUES ($id, $sortie, $user, $status, $at, $at)",
            ct, ("$id", e.ParticipationId), ("$sortie", e.SortieId), ("$user", e.UserId), ("$status", ParticipationStatus.Pending.ToName()), ("$at", e.RequestedAt)),
        ParticipationStatusChanged e => ExpectOneAsync(db.ExecuteAsync(
            "UPDATE participations SET status = $status, updated_at = $at WHERE id = $id AND status = $from",
            ct, ("$id", e.ParticipationId), ("$status", e.To.ToName()), ("$from", e.From.ToName()), ("$at", e.ChangedAt)), e),
        ChatOpened e => db.ExecuteAsync(
            "INSERT INTO chats (id, sortie_id, name, avatar, last_seq, last_message_id, cooldown_seconds, created_at, updated_at, change_seq) VALUES ($id, $sortie, $name, NULL, 0, NULL, 0, $at, $at, 0)",
            ct, ("$id", e.ChatId), ("$sortie", e.SortieId), ("$name", e.Name), ("$at", e.OpenedAt)),
        MessagePosted e => InsertMessageAsync(db, e.Message, ct),
        MemberAdded e => db.ExecuteAsync(
            "INSERT INTO chat_members (chat_id, user_id, role, joined_at, last_read_seq, last_sent_at) VALUES ($chat, $user, $role, $at, $seq, NULL)",
            ct, ("$chat", e.ChatId), ("$user", e.UserId), ("$role", e.Role.ToString()), ("$at", e.JoinedAt), ("$seq", e.LastReadSeq)),
        MemberRemoved e => ExpectOneAsync(db.ExecuteAsync(
            "DELETE FROM chat_members WHERE chat_id = $chat AND user_id = $user", ct, ("$chat", e.ChatId), ("$user", e.UserId)), e),
        MessagesRead e => db.ExecuteAsync(
            "UPDATE chat_members SET last_read_seq = max(last_read_seq, $seq) WHERE chat_id = $chat AND user_id = $user",
            ct, ("$chat", e.ChatId), ("$user", e.UserId), ("$seq", e.LastReadSeq)),
        SlowModeChanged e => ExpectOneAsync(db.ExecuteAsync(
            "UPDATE chats SET cooldown_seconds = $cooldown, updated_at = $at WHERE id = $id",
            ct, ("$id", e.ChatId), ("$cooldown", e.CooldownSeconds), ("$at", e.ChangedAt)), e),
        IMessageChanged e => WriteChangeAsync(db, e, ct),
        MediaUploaded e => InsertUploadAsync(db, e.Upload, ct),
        UploadUsed e => ExpectOneAsync(db.ExecuteAsync(
            "UPDATE uploads SET used_at = $at WHERE id = $id AND is_discarding = 0", ct, ("$id", e.UploadId), ("$at", e.UsedAt)), e),
        UploadDiscardStarted e => ExpectOneAsync(db.ExecuteAsync(
            "UPDATE uploads SET is_discarding = 1 WHERE id = $id AND used_at IS NULL", ct, ("$id", e.UploadId)), e),
        UploadRemoved e => db.ExecuteAsync("DELETE FROM uploads WHERE id = $id", ct, ("$id", e.UploadId)),
        _ => throw new InvalidOperationException($"No write is defined for {domainEvent.GetType().Name}."),
    };

    private static Task InsertSortieAsync(SqliteScope db, SortieCreated e, CancellationToken ct)
    {
        var d = e.Details;
        return db.ExecuteAsync(
            """
            INSERT INTO sorties (id, chat_id, creator_id, title, description, starts_at, latitude, longitude, location_address, location_name,
                max_participants, accepted_count, created_at)
            VALUES ($id, $chat, $creator, $title, $description, $starts, $lat, $lng, $address, $place, $max, 0, $at)
            """,
            ct, ("$id", e.SortieId), ("$chat", e.ChatId), ("$creator", e.CreatorId), ("$title", d.Title), ("$description", d.Description),
            ("$starts", d.StartsAt), ("$lat", d.Location?.Latitude), ("$lng", d.Location?.Longitude), ("$address", d.Location?.Address),
            ("$place", d.Location?.Name), ("$max", d.MaxParticipants), ("$at", e.CreatedAt));
    }

    private static async Task InsertMessageAsync(SqliteScope db, Message m, CancellationToken ct)
    {
        await db.ExecuteAsync(
            $"""
            INSERT INTO messages (id, chat_id, sortie_id, sender_id, seq, type, content, {SqliteMedia.Columns},
                latitude, longitude, location_address, location_name, is_deleted, reply_to, client_message_id, created_at, updated_at, change_seq,
                system_kind, system_user_id, system_display_name, mentions)
            VALUES ($id, $chat, $sortie, $sender, $seq, $type, $content, {SqliteMedia.Values},
                $lat, $lng, $address, $place, 0, $replyTo, $clientId, $at, $at, $change,
                $systemKind, $systemUser, $systemName, $mentions)
            """,
            ct,
            [
                ("$id", m.Id), ("$chat", m.ChatId), ("$sortie", m.SortieId), ("$sender", m.SenderId), ("$seq", m.Seq), ("$type", m.Type.ToName()),
                ("$content", m.Content), .. SqliteMedia.Parameters(m.Media), ("$lat", m.Location?.Latitude), ("$lng", m.Location?.Longitude),
                ("$address", m.Location?.Address), ("$place", m.Location?.Name), ("$replyTo", m.ReplyTo), ("$clientId", m.ClientMessageId),
                ("$at", m.CreatedAt), ("$change", m.ChangeSeq), ("$systemKind", m.System?.Kind), ("$systemUser", m.System?.UserId),
                ("$systemName", m.System?.DisplayName), ("$mentions", SqliteMentions.ToJson(m.Mentions)),
            ]);

        if (m.Mentions.Count > 0)
        {
            await db.ExecuteAsync(
                "INSERT INTO message_mentions (user_id, chat_id, seq) SELECT value, $chat, $seq FROM json_each($mentions)",
                ct, ("$chat", m.ChatId), ("$seq", m.Seq), ("$mentions", SqliteMentions.ToJson(m.Mentions)));
        }

        // The guard on the previous seqs makes a second writer that loaded the same chat fail instead of burning or reusing a seq.
        await ExpectOneAsync(db.ExecuteAsync(
            """
            UPDATE chats SET last_seq = $seq, last_message_id = $id, updated_at = $at, change_seq = $change
            WHERE id = $chat AND last_seq = $seq - 1 AND change_seq = $change - 1
            """,
            ct, ("$chat", m.ChatId), ("$seq", m.Seq), ("$id", m.Id), ("$at", m.CreatedAt), ("$change", m.ChangeSeq)), m);

        if (m.SenderId is not null)
        {
            await db.ExecuteAsync(
                "UPDATE chat_members SET last_read_seq = max(last_read_seq, $seq), last_sent_at = $at WHERE chat_id = $chat AND user_id = $user",
                ct, ("$chat", m.ChatId), ("$user", m.SenderId), ("$seq", m.Seq), ("$at", m.CreatedAt));
        }
    }

    /// <summary>The message as it now is; the chat's change seq moves by one, guarded like the seq.</summary>
    private static async Task WriteChangeAsync(SqliteScope db, IMessageChanged e, CancellationToken ct)
    {
        var m = e.Message;
        await ExpectOneAsync(db.ExecuteAsync(
            "UPDATE chats SET change_seq = $change WHERE id = $chat AND change_seq = $change - 1",
            ct, ("$chat", m.ChatId), ("$change", e.ChangeSeq)), e);
        await ExpectOneAsync(db.ExecuteAsync(
            $"""
            UPDATE messages SET is_deleted = $deleted, content = $content, {SqliteMedia.Assignments},
                latitude = $lat, longitude = $lng, location_address = $address, location_name = $place, updated_at = $at,
                change_seq = $change, deleted_by = $deletedBy, edited_at = $editedAt,
                reactions = $reactions, pinned_at = $pinnedAt, pinned_by = $pinnedBy, mentions = $mentions
            WHERE id = $id
            """,
            ct,
            [
                ("$id", m.Id), ("$deleted", m.IsDeleted), ("$content", m.Content), .. SqliteMedia.Parameters(m.Media),
                ("$lat", m.Location?.Latitude), ("$lng", m.Location?.Longitude), ("$address", m.Location?.Address), ("$place", m.Location?.Name),
                ("$at", m.UpdatedAt), ("$change", e.ChangeSeq), ("$deletedBy", m.DeletedBy),
                ("$editedAt", m.EditedAt), ("$reactions", SqliteReactions.ToJson(m.Reactions)), ("$pinnedAt", m.PinnedAt), ("$pinnedBy", m.PinnedBy),
                ("$mentions", SqliteMentions.ToJson(m.Mentions)),
            ]), e);
        if (e is MessageDeleted)
        {
            // A deleted message mentions no one: it leaves no unread mention behind.
            await db.ExecuteAsync(
                "DELETE FROM message_mentions WHERE chat_id = $chat AND seq = $seq", ct, ("$chat", m.ChatId), ("$seq", m.Seq));
        }
    }

    private static Task InsertUploadAsync(SqliteScope db, Upload u, CancellationToken ct) => db.ExecuteAsync(
        $"""
        INSERT INTO uploads (id, uploader_id, sortie_id, type, created_at, used_at, is_discarding, {SqliteMedia.Columns})
        VALUES ($id, $uploader, $sortie, $type, $at, NULL, 0, {SqliteMedia.Values})
        """,
        ct,
        [("$id", u.Id), ("$uploader", u.UploaderId), ("$sortie", u.SortieId), ("$type", u.Type.ToName()), ("$at", u.CreatedAt), .. SqliteMedia.Parameters(u.Media)]);

    private static async Task ExpectOneAsync(Task<int> write, object what)
    {
        if (await write != 1)
        {
            throw new StoreConflictException($"The store changed under this command ({what.GetType().Name}); nothing was written.");
        }
    }
}
