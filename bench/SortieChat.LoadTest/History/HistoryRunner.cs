using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using SortieChat.LoadTest.Measure;
using SortieChat.LoadTest.Setup;
using SortieChat.LoadTest.Sweep;

namespace SortieChat.LoadTest.History;

/// <summary>
/// Scenario C: one chat of <c>big</c> messages among at least <c>chats</c> chats, one of <c>small</c> messages with
/// the same two members, and one of <c>small</c> messages in a room of <c>wide</c> members who have read everything.
/// Each request is timed from this process (loopback HTTP, the server on its own core), one at a time, the kinds of
/// page interleaved round by round.
/// </summary>
internal sealed class HistoryRunner(Target target, Sqlite3 sqlite, int big, int small, int wide, int chats, int repeats)
{
    private const int Limit = 50;
    private const int Warmup = 20;
    private const int WarmupRounds = 100;

    public async Task<(IReadOnlyList<HistoryQuery> Queries, long Chats, long Messages, double SeedSeconds, IReadOnlyDictionary<string, string> Plans)> RunAsync(CancellationToken ct)
    {
        var population = target.Population ?? throw new ArgumentException("scenario C runs against SortieChat only (--sortiechat)");
        var pair = await population.RoomsAsync(2, 2, ct);
        var wideRoom = wide > 0 ? (await population.RoomsAsync(1, wide, ct))[0] : null;
        await TopUpChatsAsync(population, ct);

        var seeder = new HistorySeeder(sqlite);
        var clock = Stopwatch.StartNew();
        var bigChat = await SeedAsync(seeder, population, 1, pair[0], big, ct);
        var smallChat = await SeedAsync(seeder, population, 2, pair[1], small, ct);
        (string ChatId, string Token, long LastSeq)? wideChat = wideRoom is null ? null : await SeedAsync(seeder, population, 3, wideRoom, small, ct);
        if (wideChat is not null)
        {
            await seeder.MarkAllReadAsync(wideChat.Value.ChatId, ct);
        }

        var seedSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeded in {seedSeconds} s"));

        using var http = new HttpClient { BaseAddress = target.BaseUri, Timeout = TimeSpan.FromMinutes(1) };
        var queries = new List<HistoryQuery>();
        var bigLabel = string.Create(CultureInfo.InvariantCulture, $"{big:N0} messages");
        var smallLabel = string.Create(CultureInfo.InvariantCulture, $"{small:N0} messages");
        var (bc, bt, bl) = bigChat;
        var (sc, st, sl) = smallChat;
        var pages = new List<(string Chat, string Name, string ChatId, string Token, string Query)>
        {
            (bigLabel, "newest page", bc, bt, $"limit={Limit}"),
            (bigLabel, "1,000 pages deep (before=)", bc, bt, $"limit={Limit}&before={HistorySeeder.IdOf(1, Math.Max(Limit + 1, bl - (Limit * 1000L)))}"),
            (bigLabel, "from the middle (afterSeq=)", bc, bt, $"limit={Limit}&afterSeq={bl / 2}"),
            (bigLabel, "page=1000 (offset)", bc, bt, $"limit={Limit}&page=1000"),
            (bigLabel, "page=10000 (offset)", bc, bt, $"limit={Limit}&page=10000"),
            (smallLabel, "newest page", sc, st, $"limit={Limit}"),
            (smallLabel, "oldest page (before=)", sc, st, $"limit={Limit}&before={HistorySeeder.IdOf(2, Limit + 1)}"),
            (smallLabel, "from the middle (afterSeq=)", sc, st, $"limit={Limit}&afterSeq={sl / 2}"),
            (smallLabel, string.Create(CultureInfo.InvariantCulture, $"page={sl / Limit} (offset, oldest)"), sc, st, $"limit={Limit}&page={sl / Limit}"),
        };
        if (wideChat is { } w)
        {
            pages.Add((string.Create(CultureInfo.InvariantCulture, $"{small:N0} messages, {wide:N0} members who read all"), "newest page", w.ChatId, w.Token, $"limit={Limit}"));
        }

        // Every kind of page is asked for before any is timed: the server's JIT (tier-1 code comes after 30 calls and
        // a delay) would otherwise be measured into whichever page came first, the big chat's newest.
        foreach (var page in pages)
        {
            await RequestAsync(http, page.ChatId, page.Token, page.Query, WarmupRounds, ct);
        }

        // Interleaved, one request of each kind per round: whatever else the server does meanwhile (a collection, a
        // method reaching tier 1, a WAL checkpoint) falls on every kind alike, so their ratios compare like with like.
        // Timed one kind after the other, the first kind timed took every late tier-up (round 4: newest page 1.54).
        var timings = pages.Select(page => new PageTiming(page.Chat, page.Name, page.Query)).ToArray();
        for (var round = 0; round < Warmup + repeats; round++)
        {
            for (var k = 0; k < pages.Count; k++)
            {
                await TimeOnceAsync(http, pages[k].ChatId, pages[k].Token, timings[k], measured: round >= Warmup, ct);
            }
        }

        foreach (var timing in timings)
        {
            var result = timing.Result(repeats);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Chat}, {result.Name}: p50 {result.P50Ms} ms, p99 {result.P99Ms} ms, {result.Bytes:N0} bytes, {result.Items} items"));
            queries.Add(result);
        }

        var plans = await PlansAsync(bc, bl, ct);
        return (queries, await seeder.CountAsync("chats", ct), await seeder.CountAsync("messages", ct), seedSeconds, plans);
    }

    private async Task TopUpChatsAsync(Population population, CancellationToken ct)
    {
        var have = await new HistorySeeder(sqlite).CountAsync("chats", ct);
        if (have >= chats)
        {
            return;
        }

        using var api = new SortieChatApi(target.BaseUri);
        var creator = population.Users[0];
        await Parallel.ForAsync(have, chats, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
            await api.CreateSortieAsync(creator, string.Create(CultureInfo.InvariantCulture, $"History filler #{i}"), 1, token));
        Console.Error.WriteLine($"  created {chats - have} more chats");
    }

    private static async Task<(string ChatId, string Token, long LastSeq)> SeedAsync(HistorySeeder seeder, Population population, int number, BenchRoom room, long messages, CancellationToken ct)
    {
        var chatId = await seeder.ChatIdAsync(room.SortieId, ct);
        var creator = population.Users[room.Members[0]];
        var clock = Stopwatch.StartNew();
        await seeder.SeedAsync(number, chatId, room.SortieId, creator.UserId, messages, ct);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  chat {number}: {messages:N0} messages ({clock.Elapsed.TotalSeconds:F1} s)"));
        return (chatId, creator.AccessToken, await seeder.LastSeqAsync(chatId, ct));
    }

    private static async Task RequestAsync(HttpClient http, string chatId, string token, string query, int times, CancellationToken ct)
    {
        for (var i = 0; i < times; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/messages/chat/{chatId}?{query}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task TimeOnceAsync(HttpClient http, string chatId, string token, PageTiming timing, bool measured, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/messages/chat/{chatId}?{timing.Query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var start = MonotonicClock.Now;
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var end = MonotonicClock.Now;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{timing.Query}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }

        if (measured)
        {
            timing.Histogram.Record(MonotonicClock.Microseconds(start, end));
        }

        timing.Bytes = body.Length;
        using var page = JsonDocument.Parse(body);
        timing.Items = page.RootElement.GetProperty("items").GetArrayLength();
    }

    /// <summary>What one kind of page measured so far.</summary>
    private sealed class PageTiming(string chat, string name, string query)
    {
        public string Query => query;

        public LatencyHistogram Histogram { get; } = new();

        public int Bytes { get; set; }

        public int Items { get; set; }

        public HistoryQuery Result(int repeats) => new(
            chat, name, query, repeats, Math.Round(Histogram.PercentileMs(0.5), 2), Math.Round(Histogram.PercentileMs(0.99), 2),
            Math.Round(Histogram.MaxMs, 2), Bytes, Items);
    }

    /// <summary>EXPLAIN QUERY PLAN of the three page shapes, as written in SqliteQueries (MessagesNewest/Before/After).</summary>
    private async Task<IReadOnlyDictionary<string, string>> PlansAsync(string chatId, long lastSeq, CancellationToken ct)
    {
        var shapes = new Dictionary<string, string>
        {
            ["newest / page= (MessagesNewest)"] = $"SELECT * FROM messages m WHERE m.chat_id = '{chatId}' ORDER BY m.seq DESC LIMIT 50 OFFSET 49950",
            ["before= (MessagesBefore)"] = $"SELECT * FROM messages m WHERE m.chat_id = '{chatId}' AND m.seq < {lastSeq - 50000} ORDER BY m.seq DESC LIMIT 51 OFFSET 0",
            ["after= / afterSeq= (MessagesAfter)"] = $"SELECT * FROM messages m WHERE m.chat_id = '{chatId}' AND m.seq > {lastSeq / 2} ORDER BY m.seq ASC LIMIT 51 OFFSET 0",
        };
        var plans = new Dictionary<string, string>();
        foreach (var (name, sql) in shapes)
        {
            plans[name] = await sqlite.RunAsync($"EXPLAIN QUERY PLAN {sql};\n", ct);
        }

        return plans;
    }
}
