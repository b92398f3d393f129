using SortieChat.Application.Abstractions;

namespace SortieChat.Application.Common;

/// <summary>Set once per request scope by the host that authenticated the caller (HTTP, hub, tests).</summary>
public sealed class CurrentUser : ICurrentUser
{
    public string? UserId { get; set; }

    public string? ClientAddress { get; set; }
}
