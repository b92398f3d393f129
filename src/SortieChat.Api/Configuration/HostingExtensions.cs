namespace SortieChat.Api.Configuration;

internal static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>--urls and ASPNETCORE_URLS win; otherwise the server listens on http://localhost:5080.</summary>
    public static void UseDefaultUrlWhenNoneConfigured(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrWhiteSpace(builder.Configuration["Kestrel:Endpoints:Http:Url"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }
}
