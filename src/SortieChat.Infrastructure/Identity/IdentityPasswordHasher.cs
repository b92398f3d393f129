using Microsoft.AspNetCore.Identity;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher, without the rest of Identity.</summary>
internal sealed class IdentityPasswordHasher(IPasswordHasher<object> hasher) : IPasswordHasher
{
    private static readonly object Account = new();
    private readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Account, Guid.NewGuid().ToString()));

    public string Hash(string password) => hasher.HashPassword(Account, password);

    public bool Verify(string? hash, string password)
    {
        if (hash is null)
        {
            hasher.VerifyHashedPassword(Account, decoyHash.Value, password);
            return false;
        }

        return hasher.VerifyHashedPassword(Account, hash, password) != PasswordVerificationResult.Failed;
    }
}
