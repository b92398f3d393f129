using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SortieChat.Api.Tests.Support;

/// <summary>The real server on the test host, with its data (SQLite file, media, key) in a temporary folder.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory(string? directory = null) =>
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "sortiechat-api-tests", Guid.NewGuid().ToString("N"));

    public string Directory { get; }

    public bool KeepDirectory { get; init; }

    /// <summary>Settings of this server beyond the test defaults (for one started with <see cref="StartKestrel"/>, which <see cref="With"/> cannot change).</summary>
    public IReadOnlyList<(string Key, string? Value)> Settings { get; init; } = [];

    /// <summary>The same server on the same data with some settings changed (a limit, the media provider...).</summary>
    public WebApplicationFactory<Program> With(params (string Key, string? Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>Serves on a real Kestrel at 127.0.0.1 on a free port (a real socket, where the test host has an in-memory pipe).</summary>
    /// <returns>The server's address, ending with a slash.</returns>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        System.IO.Directory.CreateDirectory(Directory);
        builder.UseContentRoot(Directory);
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(Directory, "sortiechat.db"));
        builder.UseSetting("Media:Local:Root", Path.Combine(Directory, "media"));
        builder.UseSetting("Logging:LogLevel:Default", Environment.GetEnvironmentVariable("SORTIECHAT_TEST_LOG") ?? "Warning");
        // Tests send in bursts; the tests of the limit itself set it back.
        builder.UseSetting("RateLimits:SendsPerSecond", "1000");
        builder.UseSetting("RateLimits:LoginsPerMinute", "1000");
        builder.UseSetting("RateLimits:RegistrationsPerHour", "100000");
        // SORTIECHAT_TEST_STORE=Mongo with MONGODB_URI runs the functional tests on MongoDB (one database per factory).
        if (Environment.GetEnvironmentVariable("SORTIECHAT_TEST_STORE") == "Mongo" && Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } mongo)
        {
            builder.UseSetting("Storage:Provider", "Mongo");
            builder.UseSetting("ConnectionStrings:Mongo", mongo);
            builder.UseSetting("Storage:Mongo:Database", "functional_" + Path.GetFileName(Directory));
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // The real PBKDF2 hasher with fewer rounds, so that tests can register users quickly.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!KeepDirectory && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
