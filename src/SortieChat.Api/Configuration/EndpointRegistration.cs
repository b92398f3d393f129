using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SortieChat.Api.Auth;
using SortieChat.Api.Health;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;

namespace SortieChat.Api.Configuration;

internal static class EndpointRegistration
{
    public static WebApplication MapSortieChatEndpoints(this WebApplication app)
    {
        app.UseForwardedHeadersFromKnownProxies();
        app.UseSecurityHeaders();
        app.UseMiddleware<RefusedBodyDraining>();
        app.UseExceptionHandler();
        // Before authentication: a preflight carries no token, and refusals must still reach the page that asked.
        app.UseCors();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseStatusCodePages(context => FrameworkProblems.WriteAsync(context.HttpContext));
        app.UseMiddleware<HubTransportProblems>(new PathString(HubRegistration.HubPath));
        app.UseSortieChatMedia();
        app.UseSortieChatOpenApi();
        app.UseSortieChatWebClient();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthJson.WriteAsync })
            .AllowAnonymous();
        app.MapSortieChatMetrics();
        app.MapControllers();
        app.MapSortieChatHub();
        return app;
    }
}
