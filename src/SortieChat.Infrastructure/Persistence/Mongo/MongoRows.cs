using SortieChat.Application.Messages.Search;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Uploads;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Documents to aggregates and back.</summary>
internal static class MongoRows
{
    public static User ToUser(UserDocument d) =>
        User.Rehydrate(d.Id, d.Email, d.DisplayName, d.AvatarUrl, d.PasswordHash, d.CreatedAt, d.DeactivatedAt, d.ExternalSubject);

    public static Sortie ToSortie(SortieDocument d) => Sortie.Rehydrate(
        d.Id, d.ChatId, d.CreatorId, new SortieDetails(d.Title, d.Description, d.StartsAt, ToLocation(d.Location), d.MaxParticipants),
        d.AcceptedCount, d.CreatedAt);

    public static Participation ToParticipation(ParticipationDocument d) =>
        ParticipationStatusNames.TryParse(d.Status, out var status)
            ? Participation.Rehydrate(d.Id, d.SortieId, d.UserId, status, d.CreatedAt, d.UpdatedAt)
            : throw new InvalidOperationException($"Unknown participation status '{d.Status}' in the store.");

    public static ChatMember ToMember(ChatMemberDocument d) =>
        new(d.UserId, Enum.Parse<ChatRole>(d.Role), d.JoinedAt, d.LastReadSeq, d.LastSentAt);

    public static Chat ToChat(ChatDocument d, IEnumerable<ChatMemberDocument> members) => Chat.Rehydrate(
        d.Id, d.SortieId, d.Name, d.Avatar, d.LastSeq, d.LastMessageId, d.CooldownSeconds, d.CreatedAt, d.UpdatedAt,
        members.Where(m => d.Members.Contains(m.UserId)).Select(ToMember), d.ChangeSeq);

    public static Message ToMessage(MessageDocument d)
    {
        var body = new MessageDraft(ToMessageType(d.Type), d.Content, d.ToMedia(), ToLocation(d.Location))
        {
            System = d.System is { } s ? new SystemInfo(s.Kind, s.UserId, s.DisplayName) : null,
            Mentions = d.Mentions,
        };
        return Message.Rehydrate(d.Id, d.ChatId, d.SortieId, d.SenderId, d.Seq, body, d.IsDeleted, d.ReplyTo, d.ClientMessageId, d.CreatedAt, d.UpdatedAt,
            new MessageRevision(d.ChangeSeq)
            {
                DeletedBy = d.DeletedBy,
                EditedAt = d.EditedAt,
                Reactions = [.. d.Reactions.Select(r => new Reaction(r.Emoji, r.UserIds))],
                PinnedAt = d.PinnedAt,
                PinnedBy = d.PinnedBy,
            });
    }

    public static MessageDocument ToDocument(Message m)
    {
        var document = new MessageDocument
        {
            Id = m.Id,
            ChatId = m.ChatId,
            SortieId = m.SortieId,
            SenderId = m.SenderId,
            Seq = m.Seq,
            Type = m.Type.ToName(),
            Content = m.Content,
            SearchTokens = [.. SearchTokenizer.WordsOf(m)],
            Location = ToDocument(m.Location),
            System = m.System is { } s ? new SystemInfoDocument { Kind = s.Kind, UserId = s.UserId, DisplayName = s.DisplayName } : null,
            Mentions = [.. m.Mentions],
            IsDeleted = m.IsDeleted,
            ReplyTo = m.ReplyTo,
            ClientMessageId = m.ClientMessageId,
            CreatedAt = m.CreatedAt,
            UpdatedAt = m.UpdatedAt,
            ChangeSeq = m.ChangeSeq,
            DeletedBy = m.DeletedBy,
            EditedAt = m.EditedAt,
            Reactions = [.. m.Reactions.Select(r => new ReactionDocument { Emoji = r.Emoji, UserIds = [.. r.UserIds] })],
            PinnedAt = m.PinnedAt,
            PinnedBy = m.PinnedBy,
        };
        document.SetMedia(m.Media);
        return document;
    }

    public static Upload ToUpload(UploadDocument d) =>
        Upload.Rehydrate(d.Id, d.UploaderId, d.SortieId, ToMessageType(d.Type), d.ToMedia()!, d.CreatedAt, d.UsedAt, d.IsDiscarding);

    public static UploadDocument ToDocument(Upload u)
    {
        var document = new UploadDocument
        {
            Id = u.Id,
            UploaderId = u.UploaderId,
            SortieId = u.SortieId,
            Type = u.Type.ToName(),
            CreatedAt = u.CreatedAt,
            UsedAt = u.UsedAt,
            IsDiscarding = u.IsDiscarding,
        };
        document.SetMedia(u.Media);
        return document;
    }

    public static LocationDocument? ToDocument(Location? l) =>
        l is null ? null : new LocationDocument { Latitude = l.Latitude, Longitude = l.Longitude, Address = l.Address, Name = l.Name };

    private static MessageType ToMessageType(string name) => MessageTypeNames.TryParse(name, out var type)
        ? type
        : throw new InvalidOperationException($"Unknown message type '{name}' in the store.");

    private static Location? ToLocation(LocationDocument? d) => d is null ? null : new Location(d.Latitude, d.Longitude, d.Address, d.Name);
}
