using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace SortieChat.Client;

/// <summary>How a <see cref="ChatConnection"/> connects and recovers.</summary>
public sealed class ChatConnectionOptions
{
    /// <summary>When to try again after the connection dropped; by default forever, backing off up to 10 seconds.</summary>
    public IRetryPolicy RetryPolicy { get; init; } = new KeepTryingPolicy();

    /// <summary>MessagePack instead of JSON on the hub (the same field names and values).</summary>
    public bool UseMessagePack { get; init; }

    /// <summary>Messages per history page fetched while catching up (1..100).</summary>
    public int CatchUpPageSize { get; init; } = 100;

    /// <summary>The HTTP side of the connection (headers, a proxy, the handler of negotiate requests).</summary>
    public Action<HttpConnectionOptions>? ConfigureHttp { get; init; }

    /// <summary>Anything else on the underlying connection (logging, transports, the HTTP handler).</summary>
    public Action<IHubConnectionBuilder>? ConfigureConnection { get; init; }
}
