using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>
/// One entry of the route table: the route as the app's endpoints name it ("METHOD /template"), how to call it in
/// the matrix's sortie, and what each actor must get.
/// </summary>
public sealed record RouteCase(string Route, ActorOutcomes Expected)
{
    /// <summary>The method sent; the route's own unless it takes any ("*").</summary>
    public string Verb { get; init; } = Route.Split(' ')[0];

    public string Template => Route.Split(' ')[1];

    /// <summary>The path to call, from the fixture's sortie, chat and message (a fresh target where the call changes it).</summary>
    public Func<Cell, Task<string>> Path { get; init; } = _ => Task.FromResult(Route.Split(' ')[1]);

    public Func<Cell, HttpContent?> Body { get; init; } = _ => null;

    /// <summary>The actors who call with a fresh account of their own, because the call changes its caller.</summary>
    public IReadOnlySet<Actor> FreshCallers { get; init; } = new HashSet<Actor>();

    /// <summary>What the route needs in its query string to pass validation (such as "?q=hello"), sent with unknown ids too.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>The same call with an unknown id in every route value.</summary>
    public string WithUnknownIds() =>
        string.Join('/', Template.Split('/').Select(part => part.StartsWith('{') ? Guid.CreateVersion7().ToString() : part)) + Query;

    public override string ToString() => Route;
}
