namespace SortieChat.Client;

/// <summary>
/// A hub call that failed. SignalR puts its own words before the server's "code: message"; this reads the code after
/// "HubException: " (DESIGN.md section 5).
/// </summary>
public sealed class SortieChatHubException : Exception, ISortieChatError
{
    private const string Prefix = "HubException: ";

    /// <summary>Reads the code and message out of what SignalR reported.</summary>
    /// <param name="reported">SignalR's message for the failed invocation.</param>
    /// <param name="innerException">The exception SignalR threw.</param>
    public SortieChatHubException(string reported, Exception? innerException)
        : base(MessageOf(reported), innerException) => Code = CodeOf(reported);

    /// <inheritdoc />
    public string? Code { get; }

    /// <summary>The server's "code: message" part of <paramref name="reported"/>.</summary>
    /// <param name="reported">SignalR's message for the failed invocation.</param>
    /// <returns>The text after the last "HubException: ", or all of it.</returns>
    public static string ServerText(string reported)
    {
        var at = reported.LastIndexOf(Prefix, StringComparison.Ordinal);
        return at < 0 ? reported : reported[(at + Prefix.Length)..];
    }

    private static string? CodeOf(string reported)
    {
        var text = ServerText(reported);
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && text[..colon].All(c => char.IsAsciiLetterLower(c) || c == '_') ? text[..colon] : null;
    }

    private static string MessageOf(string reported)
    {
        var text = ServerText(reported);
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return CodeOf(reported) is null ? text : text[(colon + 2)..];
    }
}
