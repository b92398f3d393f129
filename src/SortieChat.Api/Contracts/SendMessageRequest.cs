using SortieChat.Application.Messages.SendMessage;
using SortieChat.Domain.Messages;

namespace SortieChat.Api.Contracts;

/// <summary>
/// The send body of DESIGN.md section 4, the same over REST (POST /messages/sortie/{sortieId}) and the hub
/// (sendMessage). <see cref="Type"/> is text, image, video, audio, file or location; the media fields are for
/// image, video, audio and file messages, <see cref="Location"/> for a location message.
/// </summary>
public sealed record SendMessageRequest
{
    /// <summary>The hub's; REST takes it from the route.</summary>
    public string? SortieId { get; init; }

    public string? Type { get; init; }

    public string? Content { get; init; }

    public string? MediaUrl { get; init; }

    public string? ThumbnailUrl { get; init; }

    public double? MediaDuration { get; init; }

    public long? FileSize { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public LocationRequest? Location { get; init; }

    public string? ReplyTo { get; init; }

    public string? ClientMessageId { get; init; }

    /// <summary>The hub's command: the sortie named in the payload.</summary>
    public SendMessageCommand ToCommand() => ToCommand(SortieId ?? string.Empty);

    /// <summary>Once validated (<see cref="SendMessageRequestValidator"/>): the type is known and its fields are present.</summary>
    public SendMessageCommand ToCommand(string sortieId) => new(sortieId, ToDraft(), ReplyTo, ClientMessageId);

    private MessageDraft ToDraft()
    {
        MessageTypeNames.TryParse(Type, out var type);
        var media = type.IsMedia() ? new MediaAttachment(MediaUrl!, ThumbnailUrl, MediaDuration, FileSize, FileName, MimeType, Width, Height) : null;
        var location = type == MessageType.Location ? Location?.ToLocation() : null;
        return new MessageDraft(type, string.IsNullOrEmpty(Content) ? null : Content, media, location);
    }
}
