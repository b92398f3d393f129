using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>One signed POST of an envelope, within the delivery timeout. Answers null on a 2xx, otherwise what went wrong.</summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public async Task<string?> SendAsync(WebhookEndpointOptions endpoint, string body, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Delivery.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Sign(endpoint.Secret, time.GetUtcNow(), body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return $"no answer ({exception.HttpRequestError})";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"no answer within {options.Value.Delivery.Timeout.TotalSeconds:0.###} s";
        }
    }
}
