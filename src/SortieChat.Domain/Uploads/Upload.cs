using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Domain.Uploads;

/// <summary>
/// A file a member uploaded for a sortie's chat, with what the server measured of it. Only its uploader sends it,
/// as a message of its type; an upload that no message ever showed is discarded after a while.
/// </summary>
public sealed class Upload : AggregateRoot
{
    private Upload(string id, string uploaderId, string sortieId, MessageType type, MediaAttachment media, DateTimeOffset createdAt)
    {
        Id = id;
        UploaderId = uploaderId;
        SortieId = sortieId;
        Type = type;
        Media = media;
        CreatedAt = createdAt;
    }

    public string Id { get; }

    public string UploaderId { get; }

    public string SortieId { get; }

    /// <summary>The message type that carries it: image, video, audio or file.</summary>
    public MessageType Type { get; }

    public MediaAttachment Media { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>When a message first showed it; null while none has.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Its files are being deleted: no message may show it any more.</summary>
    public bool IsDiscarding { get; private set; }

    public static Upload Record(string id, string uploaderId, string sortieId, MessageType type, MediaAttachment media, DateTimeOffset now)
    {
        var upload = new Upload(id, uploaderId, sortieId, type, media, now);
        upload.Raise(new MediaUploaded(upload));
        return upload;
    }

    public static Upload Rehydrate(
        string id, string uploaderId, string sortieId, MessageType type, MediaAttachment media, DateTimeOffset createdAt, DateTimeOffset? usedAt,
        bool isDiscarding) =>
        new(id, uploaderId, sortieId, type, media, createdAt) { UsedAt = usedAt, IsDiscarding = isDiscarding };

    /// <summary>The uploader shows it in a message of its own type; the first use keeps it from being discarded.</summary>
    public Result<MediaAttachment> AttachTo(string senderId, MessageType messageType, DateTimeOffset now)
    {
        if (senderId != UploaderId || IsDiscarding)
        {
            return UploadErrors.NotYours;
        }

        if (messageType != Type)
        {
            return UploadErrors.OfAnotherType(Type);
        }

        if (UsedAt is null)
        {
            UsedAt = now;
            Raise(new UploadUsed(Id, now));
        }

        return Media;
    }

    /// <summary>An upload no message showed stops being attachable, before its files go.</summary>
    public Result StartDiscarding()
    {
        if (UsedAt is not null)
        {
            return UploadErrors.InUse;
        }

        if (!IsDiscarding)
        {
            IsDiscarding = true;
            Raise(new UploadDiscardStarted(Id));
        }

        return Result.Success();
    }

    /// <summary>Its files are gone: the record goes too, and stops counting against the uploader's quota.</summary>
    public void Remove() => Raise(new UploadRemoved(Id, UploaderId));
}
