using SortieChat.Domain.Common;

namespace SortieChat.Domain.Users;

public sealed class User : AggregateRoot
{
    private User(string id, string email, string displayName, string passwordHash, DateTimeOffset createdAt)
    {
        Id = id;
        Email = email;
        DisplayName = displayName;
        PasswordHash = passwordHash;
        CreatedAt = createdAt;
    }

    public string Id { get; }

    /// <summary>Trimmed and lower-cased: accounts are unique by email, whatever its case.</summary>
    public string Email { get; }

    public string DisplayName { get; }

    public string? AvatarUrl { get; private set; }

    public string PasswordHash { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// <summary>The <c>sub</c> of an external OpenID Connect issuer; null for built-in accounts.</summary>
    public string? ExternalSubject { get; private init; }

    public bool IsActive => DeactivatedAt is null;

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static User Register(string id, string email, string displayName, string passwordHash, DateTimeOffset now)
    {
        var user = new User(id, NormalizeEmail(email), Names.Clean(displayName), passwordHash, now);
        user.Raise(new UserRegistered(user.Id, user.Email, user.DisplayName, user.PasswordHash, null, now));
        return user;
    }

    /// <summary>A user first seen in a token of the external issuer: no password, known by that issuer's subject.</summary>
    public static User RegisterExternal(string id, string subject, string email, string displayName, DateTimeOffset now)
    {
        var user = new User(id, NormalizeEmail(email), Names.Clean(displayName), string.Empty, now) { ExternalSubject = subject };
        user.Raise(new UserRegistered(user.Id, user.Email, user.DisplayName, user.PasswordHash, subject, now));
        return user;
    }

    public static User Rehydrate(
        string id, string email, string displayName, string? avatarUrl, string passwordHash, DateTimeOffset createdAt, DateTimeOffset? deactivatedAt,
        string? externalSubject = null) =>
        new(id, email, displayName, passwordHash, createdAt) { AvatarUrl = avatarUrl, DeactivatedAt = deactivatedAt, ExternalSubject = externalSubject };

    /// <summary>Deactivating twice keeps the first date.</summary>
    public void Deactivate(DateTimeOffset now)
    {
        if (!IsActive)
        {
            return;
        }

        DeactivatedAt = now;
        Raise(new UserDeactivated(Id, now));
    }
}
