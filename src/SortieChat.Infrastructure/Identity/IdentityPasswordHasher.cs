using Microsoft.AspNetCore.Identity;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Identity;

/// <summary>
/// ASP.NET Core Identity's PBKDF2 hasher, without the rest of Identity. At most one hash per core runs at a time,
/// process-wide: a burst of registrations or logins queues here instead of starving every other request.
/// </summary>
internal sealed class IdentityPasswordHasher(IPasswordHasher<object> hasher) : IPasswordHasher
{
    private static readonly object Account = new();
    private static readonly SemaphoreSlim Hashing = new(Environment.ProcessorCount);
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Account, Guid.NewGuid().ToString()));

    public string Hash(string password) => Bounded(() => hasher.HashPassword(Account, password));

    public bool Verify(string? hash, string password)
    {
        // An unknown account costs the same verification as a known one: the answer does not tell them apart.
        var result = Bounded(() => hasher.VerifyHashedPassword(Account, hash ?? decoyHash.Value, password));
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    private static T Bounded<T>(Func<T> work)
    {
        Hashing.Wait();
        try
        {
            return work();
        }
        finally
        {
            Hashing.Release();
        }
    }
}
