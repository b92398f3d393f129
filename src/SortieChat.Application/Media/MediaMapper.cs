using Riok.Mapperly.Abstractions;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Media;

/// <summary>The attachment's fields by name (<c>Media.Duration</c> is <c>MediaDuration</c>): a new field needs no line here.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class MediaMapper
{
    [MapNestedProperties(nameof(MeasuredMedia.Media))]
    public static partial UploadedMediaDto ToDto(this MeasuredMedia measured);

    private static string TypeName(MessageType type) => type.ToName();
}
