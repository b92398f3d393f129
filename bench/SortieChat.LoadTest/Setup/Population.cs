using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SortieChat.LoadTest.Setup;

/// <summary>
/// Accounts, sorties and memberships on the real server, created once (password hashing is deliberately slow) and
/// kept in a state file, so that every rate, every scenario and a rerun reuse them.
/// </summary>
internal sealed class Population(Uri server, string statePath)
{
    private const int Parallelism = 4;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private PopulationState _state = new();
    private (Sqlite3 Database, string SigningKey)? _seeding;

    public IReadOnlyList<BenchUser> Users => _state.Users;

    /// <summary>
    /// Past the first (registered) account, accounts are inserted straight into the server's SQLite file as copies of
    /// that one (same password hash) and their tokens signed with the server's key: the setup of 5,000 accounts
    /// then takes seconds instead of 5,000 deliberately slow password hashes. The server's work under load is the same.
    /// </summary>
    public void SeedAccountsThrough(Sqlite3 database, string signingKey) => _seeding = (database, signingKey);

    public async Task LoadAsync()
    {
        if (File.Exists(statePath))
        {
            var state = JsonSerializer.Deserialize<PopulationState>(await File.ReadAllTextAsync(statePath), Json);
            if (state is not null && state.ServerUrl == server.ToString())
            {
                _state = state;
                return;
            }
        }

        _state = new PopulationState { ServerUrl = server.ToString(), Tag = Guid.NewGuid().ToString("N")[..8] };
    }

    /// <summary>
    /// Rooms of <paramref name="members"/> users each (the first is the creator), created if missing. Room r holds
    /// users r × members to (r + 1) × members − 1, so a scenario that needs more rooms of the same size extends the
    /// rooms an earlier one made instead of making new ones.
    /// </summary>
    public async Task<IReadOnlyList<BenchRoom>> RoomsAsync(int rooms, int members, CancellationToken ct)
    {
        var layout = members.ToString(CultureInfo.InvariantCulture);
        var existing = _state.Layouts.TryGetValue(layout, out var list) ? list : _state.Layouts[layout] = [];
        if (existing.Count >= rooms)
        {
            return existing[..rooms];
        }

        using var api = new SortieChatApi(server);
        await EnsureUsersAsync(api, rooms * members, ct);
        var clock = Stopwatch.StartNew();
        var first = existing.Count;
        var created = new BenchRoom[rooms - first];
        var done = 0;
        await Parallel.ForAsync(first, rooms, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (r, token) =>
        {
            var memberIndexes = Enumerable.Range(r * members, members).ToArray();
            var creator = _state.Users[memberIndexes[0]];
            var sortieId = await api.CreateSortieAsync(creator, string.Create(CultureInfo.InvariantCulture, $"Load test, rooms of {members}, #{r}"), Math.Max(1, members - 1), token);
            foreach (var joiner in memberIndexes.Skip(1))
            {
                await api.AddMemberAsync(sortieId, creator, _state.Users[joiner], token);
            }

            created[r - first] = new BenchRoom(sortieId, memberIndexes);
            Progress($"rooms of {layout}", Interlocked.Increment(ref done), rooms - first, clock);
        });
        Console.Error.WriteLine();
        existing.AddRange(created);
        await SaveAsync();
        return existing[..rooms];
    }

    private async Task EnsureUsersAsync(SortieChatApi api, int count, CancellationToken ct)
    {
        if (_state.Users.Count >= count)
        {
            return;
        }

        if (_seeding is { } seeding)
        {
            // One real registration: its row and token are the template of the others.
            await RegisterAsync(api, 1, ct);
            await SeedUsersAsync(seeding.Database, seeding.SigningKey, count, ct);
            return;
        }

        await RegisterAsync(api, count, ct);
    }

    private async Task RegisterAsync(SortieChatApi api, int count, CancellationToken ct)
    {
        var have = _state.Users.Count;
        if (have >= count)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var created = new BenchUser[count - have];
        var done = 0;
        await Parallel.ForAsync(have, count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (i, token) =>
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"lt-{_state.Tag}-{i}@bench.example");
            created[i - have] = await api.RegisterAsync(email, string.Create(CultureInfo.InvariantCulture, $"Bench {i}"), token);
            Progress("accounts", Interlocked.Increment(ref done), count - have, clock);
        });
        Console.Error.WriteLine();
        _state.Users.AddRange(created);
        await SaveAsync();
    }

    private async Task SeedUsersAsync(Sqlite3 database, string signingKey, int count, CancellationToken ct)
    {
        if (_state.Users.Count >= count)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var template = _state.Users[0];
        var created = new List<BenchUser>();
        var sql = new StringBuilder("BEGIN IMMEDIATE;\n");
        foreach (var chunk in Enumerable.Range(_state.Users.Count, count - _state.Users.Count).Chunk(500))
        {
            var values = new List<string>();
            foreach (var i in chunk)
            {
                var id = Guid.CreateVersion7().ToString();
                var email = string.Create(CultureInfo.InvariantCulture, $"lt-{_state.Tag}-{i}@bench.example");
                var name = string.Create(CultureInfo.InvariantCulture, $"Bench {i}");
                created.Add(new BenchUser(email, id, TokenMinter.Mint(template.AccessToken, signingKey, id, email, name)));
                values.Add($"('{id}', '{email}', '{name}')");
            }

            sql.Append("INSERT INTO users (id, email, display_name, avatar_url, password_hash, created_at, deactivated_at, external_subject) ")
                .Append("SELECT v.column1, v.column2, v.column3, NULL, t.password_hash, t.created_at, NULL, NULL FROM (VALUES ")
                .AppendJoin(", ", values)
                .Append(CultureInfo.InvariantCulture, $") AS v, users t WHERE t.id = '{template.UserId}';\n");
        }

        sql.Append("COMMIT;\n");
        await database.RunAsync(sql.ToString(), ct);
        _state.Users.AddRange(created);
        await SaveAsync();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  setup: {created.Count} accounts seeded into the database in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private async Task SaveAsync() => await File.WriteAllTextAsync(statePath, JsonSerializer.Serialize(_state, Json));

    private static void Progress(string what, int done, int total, Stopwatch clock)
    {
        if (done % 50 == 0 || done == total)
        {
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  setup: {what} {done}/{total} in {clock.Elapsed.TotalSeconds:F0} s   "));
        }
    }
}
