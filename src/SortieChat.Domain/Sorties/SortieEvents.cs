using SortieChat.Domain.Common;

namespace SortieChat.Domain.Sorties;

public sealed record SortieCreated(string SortieId, string ChatId, string CreatorId, SortieDetails Details, DateTimeOffset CreatedAt) : ISortieEvent;

public sealed record AcceptedCountChanged(string SortieId, int AcceptedCount) : ISortieEvent;
