using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SortieChat.Api.Auth;
using SortieChat.Api.Http;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Configuration;

internal static class EndpointRegistration
{
    public static WebApplication MapSortieChatEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => UnmatchedRouteAsync(context.HttpContext));
        app.UseSortieChatMedia();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllers();
        app.MapSortieChatHub();
        return app;
    }

    /// <summary>An empty 404 or 405 from routing still answers with problem details.</summary>
    private static Task UnmatchedRouteAsync(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => ProblemFactory.WriteAsync(context, Error.NotFound("This route")),
        StatusCodes.Status405MethodNotAllowed => ProblemFactory.WriteAsync(
            context, Error.NotFound($"{context.Request.Method} on this route"), StatusCodes.Status405MethodNotAllowed),
        _ => Task.CompletedTask,
    };
}
