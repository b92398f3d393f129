using Riok.Mapperly.Abstractions;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Participations;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ParticipationMapper
{
    public static partial ParticipationDto ToDto(this Participation participation, string displayName);

    private static string StatusName(ParticipationStatus status) => status.ToName();
}
