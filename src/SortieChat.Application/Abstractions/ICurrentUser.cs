namespace SortieChat.Application.Abstractions;

/// <summary>The authenticated caller of the current request, set by the host (HTTP, hub, tests).</summary>
public interface ICurrentUser
{
    /// <summary>Null when nobody is authenticated.</summary>
    string? UserId { get; }

    /// <summary>The caller's network address, when the host knows it (for per-address limits).</summary>
    string? ClientAddress { get; }
}
