namespace SortieChat.Application.Abstractions;

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>False when <paramref name="hash"/> is null, after as much work as a real check (unknown and wrong look alike).</summary>
    bool Verify(string? hash, string password);
}
