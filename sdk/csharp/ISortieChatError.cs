namespace SortieChat.Client;

/// <summary>A failure the server answered with one of its stable codes (validation_failed, not_a_member, ...).</summary>
public interface ISortieChatError
{
    /// <summary>The code of DESIGN.md section 4, or null when the answer carried none.</summary>
    string? Code { get; }
}
