using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SortieChat.Application.Common.Observability;

namespace SortieChat.Api.Configuration;

/// <summary>
/// Metrics and traces through OpenTelemetry: the product's meter, ASP.NET Core's (requests, Kestrel, SignalR
/// connections) and the runtime's, in Prometheus text at /metrics always, and over OTLP to
/// <c>OpenTelemetry:OtlpEndpoint</c> when it is set (traces too).
/// </summary>
internal static class ObservabilitySetup
{
    public const string MetricsPath = "/metrics";
    private const string OtlpEndpointKey = "OpenTelemetry:OtlpEndpoint";

    public static IServiceCollection AddSortieChatObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = OtlpEndpoint(configuration);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("sortiechat"));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(ChatMetrics.MeterName, "System.Runtime").AddAspNetCoreInstrumentation().AddPrometheusExporter();
            if (otlp is not null)
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = otlp);
            }
        });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddOtlpExporter(exporter => exporter.Endpoint = otlp));
        }

        return services;
    }

    /// <summary>Open, like the health checks: bind it to an internal port in production (DESIGN.md section 4).</summary>
    public static void MapSortieChatMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();

    private static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var endpoint)
            ? endpoint
            : throw new InvalidOperationException($"{OtlpEndpointKey} must be an absolute URI such as http://collector:4317.");
    }
}
