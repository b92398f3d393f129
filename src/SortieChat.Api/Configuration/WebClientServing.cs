using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace SortieChat.Api.Configuration;

/// <summary>
/// The web client (built from web/ into WebClient/, copied beside the app): index.html at <c>/</c> and its hashed
/// assets, open without a token. API routes always win: routing runs first, and static files are served only to a
/// request that matched no endpoint (the client's own routes live after <c>#</c>, never on the server).
/// </summary>
internal static class WebClientServing
{
    public const string FolderName = "WebClient";

    // The page loads only its own scripts and styles; media may come from Cloudinary (https) or a chosen file (blob:).
    private const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data: https:; media-src 'self' blob: https:; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSortieChatWebClient(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWarning("The web client is not served: {Root} has no index.html (run build/build-web.sh)", root);
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var response = context.Context.Response;
                if (context.File.Name.EndsWith(".html", StringComparison.Ordinal))
                {
                    response.Headers.ContentSecurityPolicy = PagePolicy;
                    response.Headers.CacheControl = "no-cache";
                }
                else if (context.Context.Request.Path.StartsWithSegments("/assets"))
                {
                    // Vite names every asset by its content hash: a new build is a new name.
                    response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
    }
}
