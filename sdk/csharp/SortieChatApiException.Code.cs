namespace SortieChat.Client;

/// <summary>A REST call that failed; a problem-details answer carries its <see cref="Code"/>.</summary>
public partial class SortieChatApiException : ISortieChatError
{
    /// <summary>The problem's code, when the server answered problem details.</summary>
    public virtual string? Code => null;
}
