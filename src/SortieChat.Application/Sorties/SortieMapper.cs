using Riok.Mapperly.Abstractions;
using SortieChat.Application.Common.Dtos;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Sorties;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class SortieMapper
{
    public static partial SortieDto ToDto(this Sortie sortie);

    public static partial LocationDto ToDto(this Location location);
}
