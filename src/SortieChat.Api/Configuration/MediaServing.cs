using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using SortieChat.Infrastructure.Media;

namespace SortieChat.Api.Configuration;

internal static class MediaServing
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    /// <summary>
    /// /media/{name}: the stored files, open (their 128-bit names are the capability), with their type, nosniff,
    /// and as attachments unless they are images.
    /// </summary>
    public static void UseSortieChatMedia(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<LocalMediaStore>();
        Directory.CreateDirectory(store.Root);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/media",
            FileProvider = new PhysicalFileProvider(store.Root),
            ContentTypeProvider = ContentTypes,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (!(context.Context.Response.ContentType ?? string.Empty).StartsWith("image/", StringComparison.Ordinal))
                {
                    headers.ContentDisposition = new ContentDispositionHeaderValue("attachment").ToString();
                }
            },
        });
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".m4a"] = "audio/mp4";
        provider.Mappings[".wav"] = "audio/wav";
        provider.Mappings[".aac"] = "audio/aac";
        provider.Mappings[".ogg"] = "audio/ogg";
        provider.Mappings[".webm"] = "video/webm";
        provider.Mappings[".txt"] = "text/plain; charset=utf-8";
        return provider;
    }
}
