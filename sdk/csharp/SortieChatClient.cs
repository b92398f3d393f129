namespace SortieChat.Client;

/// <summary>
/// The REST API of one SortieChat server, one generated client per area, all sending <see cref="AccessToken"/> as the
/// bearer token; <see cref="CreateChatConnection"/> opens the real-time half on the same server with the same token.
/// </summary>
public sealed class SortieChatClient : IDisposable
{
    private readonly HttpClient http;

    /// <summary>A client of the server at <paramref name="serverUrl"/> (such as http://localhost:5080/).</summary>
    /// <param name="serverUrl">The server's address.</param>
    /// <param name="handler">The HTTP handler to send through (a test server's, a proxy's); a new one by default.</param>
    public SortieChatClient(Uri serverUrl, HttpMessageHandler? handler = null)
    {
        ServerUrl = serverUrl;
        http = new HttpClient(new BearerTokenHandler(() => AccessToken) { InnerHandler = handler ?? new SocketsHttpHandler() });
        var baseUrl = serverUrl.ToString().TrimEnd('/');
        Auth = new AuthClient(baseUrl, http);
        Users = new UsersClient(baseUrl, http);
        Sorties = new SortiesClient(baseUrl, http);
        Participations = new ParticipationsClient(baseUrl, http);
        Chats = new ChatsClient(baseUrl, http);
        Messages = new MessagesClient(baseUrl, http);
    }

    /// <summary>The server's address.</summary>
    public Uri ServerUrl { get; }

    /// <summary>The bearer token sent with every call: set it from <see cref="AuthResultDto.AccessToken"/>.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Register and log in.</summary>
    public AuthClient Auth { get; }

    /// <summary>The caller's account.</summary>
    public UsersClient Users { get; }

    /// <summary>Sorties and asking to join them.</summary>
    public SortiesClient Sorties { get; }

    /// <summary>Accepting, refusing and cancelling participations.</summary>
    public ParticipationsClient Participations { get; }

    /// <summary>Chats, their members and slow mode.</summary>
    public ChatsClient Chats { get; }

    /// <summary>History, sending, uploads, read state and deletion.</summary>
    public MessagesClient Messages { get; }

    /// <summary>A hub connection to <c>/chat</c> with this client's token; call <see cref="ChatConnection.StartAsync"/> on it.</summary>
    /// <param name="options">JSON by default, <see cref="ChatConnectionOptions.UseMessagePack"/> for MessagePack; recovery settings.</param>
    public ChatConnection CreateChatConnection(ChatConnectionOptions? options = null) =>
        new(ServerUrl, () => Task.FromResult(AccessToken), Messages, options ?? new ChatConnectionOptions());

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

}
