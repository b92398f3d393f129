using SortieChat.Baseline;

// A bare SignalR hub with SortieChat's method and event names: the load tool sends it the same frames.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR();
builder.Services.AddSingleton<RoomCounters>();

var app = builder.Build();
app.MapHub<ChatHub>("/chat");
await app.RunAsync();
