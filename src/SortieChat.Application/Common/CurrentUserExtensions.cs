using SortieChat.Application.Abstractions;

namespace SortieChat.Application.Common;

public static class CurrentUserExtensions
{
    /// <summary>The caller's id; the host authenticates before any use case that needs one runs.</summary>
    public static string RequireUserId(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw new InvalidOperationException("This use case needs an authenticated caller and none was set.");
}
