namespace SortieChat.Api.Configuration;

/// <summary>
/// Log categories that would print secrets at their lower levels, held above them whatever the configuration says
/// (code filters registered after the configuration's win on the same category): SignalR's dispatcher prints each
/// invocation's arguments (message content) at Debug, and the hosting diagnostics print each URL with its query
/// string (the hub's <c>access_token</c>, as browsers send it) at Information. The dispatcher's one entry above Debug
/// is "Failed to invoke hub method" at Error, with a stack trace, for every refused call: those are the HubExceptions
/// that <see cref="Hubs.HubResultFilter"/> throws on purpose (it logs the unexpected ones itself), so a client
/// repeating bad calls would otherwise fill the error log.
/// </summary>
internal static class LogSecrecy
{
    public static ILoggingBuilder AddSecrecyFilters(this ILoggingBuilder logging) =>
        logging
            .AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.Http.Connections", LogLevel.Information);
}
