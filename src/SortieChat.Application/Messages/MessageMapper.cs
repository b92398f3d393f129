using Riok.Mapperly.Abstractions;
using SortieChat.Application.Common.Dtos;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Messages;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MessageMapper
{
    /// <summary>With <c>readBy</c> computed from the watermarks of the chat's members.</summary>
    public static MessageDto ToDto(this Message message, IReadOnlyList<ChatMember> members) =>
        message.ToDto() with { ReadBy = [.. members.Where(m => m.LastReadSeq >= message.Seq).Select(m => m.UserId)] };

    /// <summary>With <c>readBy</c> known to hold only the sender (a message just posted).</summary>
    public static MessageDto ToPostedDto(this Message message) =>
        message.ToDto() with { ReadBy = message.SenderId is { } sender ? [sender] : [] };

    // The attachment's fields by name, and Media.Url / Media.Duration flattened to MediaUrl / MediaDuration: a new
    // media field needs no line here.
    [MapperIgnoreTarget(nameof(MessageDto.ReadBy))]
    [MapNestedProperties(nameof(Message.Media))]
    private static partial MessageDto ToDto(this Message message);

    private static LocationDto ToDto(Location location) => new(location.Latitude, location.Longitude, location.Address, location.Name);

    private static string TypeName(MessageType type) => type.ToName();
}
