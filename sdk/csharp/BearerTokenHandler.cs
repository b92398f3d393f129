using System.Net.Http.Headers;

namespace SortieChat.Client;

/// <summary>Puts the current token on each request, so that a token set after the clients were made is used.</summary>
internal sealed class BearerTokenHandler(Func<string?> token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token() is { Length: > 0 } value)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", value);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
