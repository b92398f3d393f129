using SortieChat.Api.Configuration;
using SortieChat.Infrastructure;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.UseDefaultUrlWhenNoneConfigured();
    builder.Logging.AddSecrecyFilters();
    builder.Services.AddSortieChat(builder.Configuration, builder.Environment);
    builder.Services.AddSortieChatHttp();
    builder.Services.AddSortieChatObservability(builder.Configuration);
    builder.Services.AddSortieChatBrowserAndProxies(builder.Configuration, builder.Environment);
    app = builder.Build();
    await app.Services.InitializeInfrastructureAsync();
}
catch (StartupException exception)
{
    // One clear line, not a stack trace: the configuration is wrong, not the code.
    await Console.Error.WriteLineAsync($"SortieChat cannot start: {exception.Message}");
    Environment.ExitCode = 1;
    return;
}

app.MapSortieChatEndpoints();
await app.RunAsync();

public partial class Program;
