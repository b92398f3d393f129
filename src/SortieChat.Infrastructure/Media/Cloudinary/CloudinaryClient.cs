using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace SortieChat.Infrastructure.Media.Cloudinary;

/// <summary>Cloudinary's documented REST upload API, signed, through a typed HttpClient (timeouts and retries around it).</summary>
public sealed class CloudinaryClient(HttpClient http, IOptions<CloudinaryOptions> options, TimeProvider time)
{
    private CloudinaryOptions Options => options.Value;

    /// <summary>POST /v1_1/{cloud}/{resource_type}/upload; throws <see cref="CloudinaryException"/> on any failure.</summary>
    public async Task<CloudinaryUpload> UploadAsync(string path, string resourceType, string publicId, CancellationToken cancellationToken)
    {
        var parameters = Signed(new Dictionary<string, string> { ["public_id"] = publicId });
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in parameters)
        {
            form.Add(new StringContent(value), name);
        }

        await using var file = File.OpenRead(path);
        form.Add(new StreamContent(file), "file", Path.GetFileName(path));
        return await SendAsync<CloudinaryUpload>($"v1_1/{Options.CloudName}/{resourceType}/upload", form, cancellationToken);
    }

    /// <summary>POST /v1_1/{cloud}/{resource_type}/destroy.</summary>
    public async Task DestroyAsync(string publicId, string resourceType, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(Signed(new Dictionary<string, string> { ["public_id"] = publicId }));
        await SendAsync<CloudinaryDestroy>($"v1_1/{Options.CloudName}/{resourceType}/destroy", form, cancellationToken);
    }

    private Dictionary<string, string> Signed(Dictionary<string, string> parameters)
    {
        parameters["timestamp"] = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        parameters["signature"] = CloudinarySignature.Sign(parameters, Options.ApiSecret!);
        parameters["api_key"] = Options.ApiKey!;
        return parameters;
    }

    private async Task<T> SendAsync<T>(string path, HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsync(new Uri(new Uri(Options.BaseUrl.TrimEnd('/') + "/"), path), content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new CloudinaryException($"Cloudinary answered {(int)response.StatusCode}.");
            }

            return await response.Content.ReadFromJsonAsync<T>(cancellationToken) ?? throw new CloudinaryException("Cloudinary answered nothing.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
            or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            throw new CloudinaryException($"Cloudinary could not be reached or answered badly ({exception.GetType().Name}).", exception);
        }
    }
}

public sealed record CloudinaryUpload(
    [property: JsonPropertyName("secure_url")] string SecureUrl,
    [property: JsonPropertyName("public_id")] string PublicId,
    [property: JsonPropertyName("resource_type")] string? ResourceType,
    [property: JsonPropertyName("width")] int? Width,
    [property: JsonPropertyName("height")] int? Height,
    [property: JsonPropertyName("duration")] double? Duration,
    [property: JsonPropertyName("bytes")] long? Bytes);

public sealed record CloudinaryDestroy([property: JsonPropertyName("result")] string? Result);

public sealed class CloudinaryException(string message, Exception? inner = null) : Exception(message, inner);
