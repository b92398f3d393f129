using System.Net;
using System.Net.Http.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>Over a real socket (the test server has no client address): registrations per address, before hashing.</summary>
public sealed class RegistrationLimitTests
{
    [Fact]
    public async Task Register_PastTheLimitPerAddress_Is429RateLimitedWithRetryAfter()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["RateLimits:RegistrationsPerHour"] = "3" });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await http.PostAsJsonAsync(
                "auth/register", new { email = $"user{i}.{Guid.NewGuid():N}@example.com", password = "correct horse battery", displayName = "User" },
                TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        statuses.Take(3).Should().OnlyContain(s => s == HttpStatusCode.Created);
        await last!.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        last!.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 3600);
    }
}
