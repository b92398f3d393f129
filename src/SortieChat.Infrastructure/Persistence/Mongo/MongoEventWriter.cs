using MongoDB.Driver;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Uploads;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Turns each domain event into the documents it changes, inside the command's transaction.</summary>
internal sealed class MongoEventWriter(MongoContext mongo)
{
    private MongoCollections C => mongo.Collections;

    public Task WriteAsync(IClientSessionHandle s, IDomainEvent domainEvent, CancellationToken ct) => domainEvent switch
    {
        UserRegistered e => C.Users.InsertOneAsync(s, new UserDocument
        {
            Id = e.UserId,
            Email = e.Email,
            DisplayName = e.DisplayName,
            PasswordHash = e.PasswordHash,
            CreatedAt = e.RegisteredAt,
            ExternalSubject = e.ExternalSubject,
            Kind = e.ExternalSubject is null ? "local" : "external",
        }, cancellationToken: ct),
        UserDeactivated e => ExpectOneAsync(C.Users.UpdateOneAsync(s, MongoQueries.UserById(e.UserId), MongoUpdates.Deactivate(e.DeactivatedAt), cancellationToken: ct), e),
        SortieCreated e => C.Sorties.InsertOneAsync(s, new SortieDocument
        {
            Id = e.SortieId,
            ChatId = e.ChatId,
            CreatorId = e.CreatorId,
            Title = e.Details.Title,
            Description = e.Details.Description,
            StartsAt = e.Details.StartsAt,
            Location = MongoRows.ToDocument(e.Details.Location),
            MaxParticipants = e.Details.MaxParticipants,
            CreatedAt = e.CreatedAt,
        }, cancellationToken: ct),
        AcceptedCountChanged e => ExpectOneAsync(
            C.Sorties.UpdateOneAsync(s, MongoQueries.SortieById(e.SortieId), MongoUpdates.AcceptedCount(e.AcceptedCount), cancellationToken: ct), e),
        ParticipationRequested { Reopened: true } => Task.CompletedTask,
        ParticipationRequested e => C.Participations.InsertOneAsync(s, new ParticipationDocument
        {
            Id = e.ParticipationId,
            SortieId = e.SortieId,
            UserId = e.UserId,
            Status = ParticipationStatus.Pending.ToName(),
            CreatedAt = e.RequestedAt,
            UpdatedAt = e.RequestedAt,
        }, cancellationToken: ct),
        ParticipationStatusChanged e => ExpectOneAsync(C.Participations.UpdateOneAsync(
            s, MongoUpdates.ParticipationIn(e.ParticipationId, e.From.ToName()), MongoUpdates.Status(e.To.ToName(), e.ChangedAt), cancellationToken: ct), e),
        ChatOpened e => C.Chats.InsertOneAsync(
            s, new ChatDocument { Id = e.ChatId, SortieId = e.SortieId, Name = e.Name, CreatedAt = e.OpenedAt, UpdatedAt = e.OpenedAt }, cancellationToken: ct),
        MessagePosted e => PostAsync(s, e.Message, ct),
        MemberAdded e => AddMemberAsync(s, e, ct),
        MemberRemoved e => RemoveMemberAsync(s, e, ct),
        MessagesRead e => C.ReadStates.UpdateOneAsync(
            s, MongoUpdates.ReadStateOf(e.ChatId, e.UserId), MongoUpdates.ReadUpTo(e.LastReadSeq), cancellationToken: ct),
        SlowModeChanged e => ExpectOneAsync(
            C.Chats.UpdateOneAsync(s, MongoQueries.ChatById(e.ChatId), MongoUpdates.SlowMode(e.CooldownSeconds, e.ChangedAt), cancellationToken: ct), e),
        IMessageChanged e => WriteChangeAsync(s, e, ct),
        MediaUploaded e => C.Uploads.InsertOneAsync(s, MongoRows.ToDocument(e.Upload), cancellationToken: ct),
        UploadUsed e => ExpectOneAsync(C.Uploads.UpdateOneAsync(s, MongoUpdates.AttachableUpload(e.UploadId), MongoUpdates.Used(e.UsedAt), cancellationToken: ct), e),
        UploadDiscardStarted e => ExpectOneAsync(C.Uploads.UpdateOneAsync(s, MongoUpdates.UnusedUpload(e.UploadId), MongoUpdates.Discarding(), cancellationToken: ct), e),
        UploadRemoved e => C.Uploads.DeleteOneAsync(s, MongoQueries.UploadById(e.UploadId), cancellationToken: ct),
        _ => throw new InvalidOperationException($"No write is defined for {domainEvent.GetType().Name}."),
    };

    /// <summary>$inc of lastSeq guarded by the previous seq, then the message: a seq is never burnt nor reused.</summary>
    private async Task PostAsync(IClientSessionHandle s, Message m, CancellationToken ct)
    {
        await ExpectOneAsync(C.Chats.UpdateOneAsync(
            s, MongoUpdates.ChatAtSeq(m.ChatId, m.Seq - 1, m.ChangeSeq - 1), MongoUpdates.NextSeq(m.Id, m.CreatedAt), cancellationToken: ct), m);
        await C.Messages.InsertOneAsync(s, MongoRows.ToDocument(m), cancellationToken: ct);
        if (m.SenderId is { } sender)
        {
            await C.ReadStates.UpdateOneAsync(s, MongoUpdates.ReadStateOf(m.ChatId, sender), MongoUpdates.Sent(m.Seq, m.CreatedAt), cancellationToken: ct);
        }
    }

    /// <summary>$inc of changeSeq guarded by the previous one, then the message as it now is, replaced whole.</summary>
    private async Task WriteChangeAsync(IClientSessionHandle s, IMessageChanged e, CancellationToken ct)
    {
        await ExpectOneAsync(C.Chats.UpdateOneAsync(
            s, MongoUpdates.ChatAtChange(e.Message.ChatId, e.ChangeSeq - 1), MongoUpdates.NextChange(), cancellationToken: ct), e);
        var replaced = await C.Messages.ReplaceOneAsync(s, MongoQueries.MessageById(e.Message.Id), MongoRows.ToDocument(e.Message), cancellationToken: ct);
        if (replaced.MatchedCount != 1)
        {
            throw new StoreConflictException($"The store changed under this command ({e.GetType().Name}); nothing was written.");
        }
    }

    private async Task AddMemberAsync(IClientSessionHandle s, MemberAdded e, CancellationToken ct)
    {
        await C.Chats.UpdateOneAsync(s, MongoQueries.ChatById(e.ChatId), MongoUpdates.AddMember(e.UserId), cancellationToken: ct);
        await C.ReadStates.InsertOneAsync(s, new ChatMemberDocument
        {
            Id = ChatMemberDocument.IdOf(e.ChatId, e.UserId),
            ChatId = e.ChatId,
            UserId = e.UserId,
            Role = e.Role.ToString(),
            JoinedAt = e.JoinedAt,
            LastReadSeq = e.LastReadSeq,
        }, cancellationToken: ct);
    }

    private async Task RemoveMemberAsync(IClientSessionHandle s, MemberRemoved e, CancellationToken ct)
    {
        await ExpectOneAsync(C.Chats.UpdateOneAsync(s, MongoQueries.ChatById(e.ChatId), MongoUpdates.RemoveMember(e.UserId), cancellationToken: ct), e);
        await C.ReadStates.DeleteOneAsync(s, MongoUpdates.ReadStateOf(e.ChatId, e.UserId), cancellationToken: ct);
    }

    private static async Task ExpectOneAsync(Task<UpdateResult> write, object what)
    {
        if ((await write).MatchedCount != 1)
        {
            throw new StoreConflictException($"The store changed under this command ({what.GetType().Name}); nothing was written.");
        }
    }
}
