using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using SortieChat.Api.Http;
using SortieChat.Application.Abstractions;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Configuration;

internal static class MediaServing
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    private const string RequestPath = "/media";

    /// <summary>
    /// /media/{name}: the stored files, open (their 128-bit names are the capability), with their type, nosniff,
    /// and as attachments unless they are images. A name that is not (or no longer) there is 404, with or without a token.
    /// </summary>
    public static void UseSortieChatMedia(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IMediaFolder>();
        Directory.CreateDirectory(store.Root);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = RequestPath,
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
        app.Use((context, next) => context.Request.Path.StartsWithSegments(RequestPath)
            ? ProblemFactory.WriteAsync(context, Error.NotFound("This media file"))
            : next(context));
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
