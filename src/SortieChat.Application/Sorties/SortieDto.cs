using SortieChat.Application.Common.Dtos;

namespace SortieChat.Application.Sorties;

public sealed record SortieDto(
    string Id,
    string Title,
    string? Description,
    DateTimeOffset StartsAt,
    LocationDto? Location,
    int MaxParticipants,
    string CreatorId,
    string ChatId,
    int AcceptedCount,
    DateTimeOffset CreatedAt);
