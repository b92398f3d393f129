using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
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
        members.Where(m => d.Members.Contains(m.UserId)).Select(ToMember));

    public static Message ToMessage(MessageDocument d)
    {
        if (!MessageTypeNames.TryParse(d.Type, out var type))
        {
            throw new InvalidOperationException($"Unknown message type '{d.Type}' in the store.");
        }

        var media = d.MediaUrl is null
            ? null
            : new MediaAttachment(d.MediaUrl, d.ThumbnailUrl, d.MediaDuration, d.FileSize, d.FileName, d.MimeType, d.Width, d.Height);
        return Message.Rehydrate(
            d.Id, d.ChatId, d.SortieId, d.SenderId, d.Seq, new MessageDraft(type, d.Content, media, ToLocation(d.Location)), d.IsDeleted,
            d.ReplyTo, d.ClientMessageId, d.CreatedAt, d.UpdatedAt);
    }

    public static MessageDocument ToDocument(Message m) => new()
    {
        Id = m.Id,
        ChatId = m.ChatId,
        SortieId = m.SortieId,
        SenderId = m.SenderId,
        Seq = m.Seq,
        Type = m.Type.ToName(),
        Content = m.Content,
        MediaUrl = m.Media?.Url,
        ThumbnailUrl = m.Media?.ThumbnailUrl,
        MediaDuration = m.Media?.Duration,
        FileSize = m.Media?.FileSize,
        FileName = m.Media?.FileName,
        MimeType = m.Media?.MimeType,
        Width = m.Media?.Width,
        Height = m.Media?.Height,
        Location = ToDocument(m.Location),
        IsDeleted = m.IsDeleted,
        ReplyTo = m.ReplyTo,
        ClientMessageId = m.ClientMessageId,
        CreatedAt = m.CreatedAt,
        UpdatedAt = m.UpdatedAt,
    };

    public static LocationDocument? ToDocument(Location? l) =>
        l is null ? null : new LocationDocument { Latitude = l.Latitude, Longitude = l.Longitude, Address = l.Address, Name = l.Name };

    private static Location? ToLocation(LocationDocument? d) => d is null ? null : new Location(d.Latitude, d.Longitude, d.Address, d.Name);
}
