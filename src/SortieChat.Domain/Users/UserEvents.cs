using SortieChat.Domain.Common;

namespace SortieChat.Domain.Users;

public sealed record UserRegistered(
    string UserId, string Email, string DisplayName, string PasswordHash, string? ExternalSubject, DateTimeOffset RegisteredAt) : IDomainEvent;

public sealed record UserDeactivated(string UserId, DateTimeOffset DeactivatedAt) : IDomainEvent;
