using NSwag;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/swagger/v1/swagger.json</c> and its UI at <c>/swagger</c>, both open without a token
/// (DESIGN.md section 4). The SDKs under <c>sdk/</c> are generated from this document (<c>build/generate-sdks.sh</c>).
/// </summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/swagger/v1/swagger.json";

    private const string BearerScheme = "Bearer";

    public static IServiceCollection AddSortieChatOpenApi(this IServiceCollection services) =>
        services.AddOpenApiDocument(settings =>
        {
            settings.DocumentName = "v1";
            settings.Title = "SortieChat";
            settings.Version = "v1";
            settings.Description = "The REST half of SortieChat. Every error is application/problem+json with a stable code; "
                + "the real-time half is the SignalR hub at /chat (DESIGN.md section 5), wrapped by the SDKs.";
            settings.AddSecurity(BearerScheme, new OpenApiSecurityScheme
            {
                Type = OpenApiSecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "The accessToken that /auth/register or /auth/login answers.",
            });
            settings.OperationProcessors.Add(new TokenAndQueryProcessor(BearerScheme));
            settings.OperationProcessors.Add(new MultipartUploadProcessor());
            settings.OperationProcessors.Add(new ProblemResponsesProcessor());
            settings.SchemaSettings.SchemaProcessors.Add(new WireSchemaProcessor());
            settings.DocumentProcessors.Add(new HubPayloadsProcessor());
        });

    /// <summary>Before authentication: the document and the UI need no token.</summary>
    public static IApplicationBuilder UseSortieChatOpenApi(this IApplicationBuilder app) =>
        app.UseOpenApi(settings =>
            {
                settings.Path = DocumentPath;
                // No servers entry: clients call the host they were given, and the saved document does not depend on it.
                settings.PostProcess = (document, _) => document.Servers.Clear();
            })
            .UseSwaggerUi(settings =>
            {
                settings.Path = "/swagger";
                settings.DocumentPath = DocumentPath;
            });
}
