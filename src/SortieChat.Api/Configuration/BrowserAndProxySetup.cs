using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SortieChat.Api.Configuration;

/// <summary>
/// DESIGN.md section 7: browser origins (<c>Cors:AllowedOrigins</c>; in Development any port of http://localhost and
/// http://127.0.0.1 when none is set; none elsewhere), security headers on every response, and client addresses from
/// <c>X-Forwarded-For</c> only when it comes from <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>.
/// </summary>
internal static class BrowserAndProxySetup
{
    public static IServiceCollection AddSortieChatBrowserAndProxies(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            // The allowed origin is echoed, never "*": credentials are allowed (the hub's negotiate needs them).
            policy.AllowAnyHeader().AllowAnyMethod().AllowCredentials().WithExposedHeaders("Retry-After");
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins);
            }
            else if (environment.IsDevelopment())
            {
                policy.SetIsOriginAllowed(IsLocalDevelopmentOrigin);
            }
            else
            {
                policy.SetIsOriginAllowed(_ => false);
            }
        }));

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nobody is believed by default, loopback included: a proxy is trusted only when configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>
    /// Only with a proxy configured: ASP.NET Core's middleware believes every sender when both lists are empty.
    /// </summary>
    public static IApplicationBuilder UseForwardedHeadersFromKnownProxies(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        return options.KnownProxies.Count + options.KnownIPNetworks.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            return next(context);
        });

    private static bool IsLocalDevelopmentOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttp
        && uri.AbsolutePath == "/"
        && (uri.Host == "localhost" || uri.Host == "127.0.0.1");
}
