using SortieChat.Application.Messages.SendMessage;
using SortieChat.Domain.Messages;

namespace SortieChat.Api.Contracts;

/// <summary>
/// The send body of DESIGN.md section 4, the same over REST (POST /messages/sortie/{sortieId}) and the hub
/// (sendMessage). <see cref="Type"/> is text, image, video, audio, file or location; <see cref="MediaUrl"/> is for
/// image, video, audio and file messages, <see cref="Location"/> for a location message. The other media fields stay in
/// the body for the clients that send them, and are ignored: a message shows what the upload measured.
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

    /// <summary>The ids of the members the message mentions (at most 50); the content carries their @DisplayName.</summary>
    public IReadOnlyList<string>? Mentions { get; init; }

    /// <summary>The hub's command: the sortie named in the payload.</summary>
    public SendMessageCommand ToCommand() => ToCommand(SortieId ?? string.Empty);

    /// <summary>Once validated (<see cref="SendMessageRequestValidator"/>): the type is known and its fields are present.</summary>
    public SendMessageCommand ToCommand(string sortieId)
    {
        MessageTypeNames.TryParse(Type, out var type);
        var location = type == MessageType.Location ? Location?.ToLocation() : null;
        var draft = new MessageDraft(type, string.IsNullOrEmpty(Content) ? null : Content, null, location)
        {
            Mentions = Mentions is null ? [] : [.. Mentions.Distinct(StringComparer.Ordinal)],
        };
        return new SendMessageCommand(sortieId, draft, ReplyTo, ClientMessageId, type.IsMedia() ? MediaUrl : null);
    }
}
