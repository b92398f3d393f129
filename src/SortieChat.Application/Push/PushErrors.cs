using SortieChat.Domain.Common;

namespace SortieChat.Application.Push;

public static class PushErrors
{
    /// <summary>With <c>Push:Enabled</c> false, the push routes do not exist (DESIGN.md section 9).</summary>
    public static Error Disabled { get; } = new(ErrorCodes.NotFound, "Web Push is not enabled on this server.");
}
