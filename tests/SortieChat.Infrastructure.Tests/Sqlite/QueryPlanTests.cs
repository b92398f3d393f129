using System.Reflection;
using System.Text.RegularExpressions;
using SortieChat.Infrastructure.Persistence.Sqlite;

namespace SortieChat.Infrastructure.Tests.Sqlite;

/// <summary>Every query the repositories run uses an index: EXPLAIN QUERY PLAN shows no scan of a table.</summary>
public sealed partial class QueryPlanTests
{
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(SqliteQueries).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Fact]
    public void Queries_AreAllListed()
    {
        Queries().Count.Should().BeGreaterThanOrEqualTo(19, "every repository query lives in SqliteQueries");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_Plan_SearchesIndexesAndScansNoTable(string name)
    {
        var plan = await PlanAsync(name);

        plan.Should().NotBeEmpty();
        // "SCAN json_each" walks the list of ids given, not a table; an FTS5 table answering its MATCH reads its index.
        plan.Where(step => step.StartsWith("SCAN ", StringComparison.Ordinal) && !step.Contains("json_each", StringComparison.Ordinal)
                && !FtsMatch().IsMatch(step))
            .Should().BeEmpty($"{name} must not scan a table; its plan is: {string.Join(" | ", plan)}");
    }

    [Fact]
    public async Task SearchMessages_Plan_StartsFromTheFullTextIndexByItsMatch()
    {
        var plan = await PlanAsync(nameof(SqliteQueries.SearchMessages));

        // FTS5 writes "M" in its index string when it answers a MATCH; a scan of all its rows would have none.
        plan[0].Should().MatchRegex(FtsMatch().ToString(), string.Join(" | ", plan));
    }

    private static async Task<List<string>> PlanAsync(string name)
    {
        var sql = (string)typeof(SqliteQueries).GetField(name)!.GetValue(null)!;
        await using var temp = await TempDatabase.CreateAsync();
        await using var connection = await temp.Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(parameter, parameter == "$ids" ? "[\"a\"]" : "x");
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    [GeneratedRegex(@"^SCAN message_search VIRTUAL TABLE INDEX \d+:M")]
    private static partial Regex FtsMatch();

    [GeneratedRegex(@"\$[a-z]+")]
    private static partial Regex Parameter();
}
