using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>
/// Every route of the app's route table and every hub method, called by each actor (anonymous, stranger, pending
/// participant, member, creator, removed member, deactivated user), against the expected status and code: one row per
/// cell. A route or hub method without an entry fails the coverage tests, naming it.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixFixture matrix) : IClassFixture<MatrixFixture>
{
    public static TheoryData<string, Actor> RouteCells => Cells(RouteCases.All.Select(c => c.Route));

    public static TheoryData<string, Actor> HubCells => Cells(HubCases.All.Select(c => c.Method));

    public static TheoryData<string> RoutesWithIds => [.. RouteCases.All.Where(c => c.Template.Contains('{', StringComparison.Ordinal)).Select(c => c.Route)];

    [Fact]
    public void RouteTable_EveryRoute_HasAnEntry()
    {
        var routes = AppSurface.Routes(matrix.Factory.Services);

        routes.Except(RouteCases.All.Select(c => c.Route)).Should().BeEmpty("every route needs an entry in RouteCases (missing: {0})", string.Join(", ", routes.Except(RouteCases.All.Select(c => c.Route))));
        RouteCases.All.Select(c => c.Route).Except(routes).Should().BeEmpty("every entry of RouteCases names a route of the app");
    }

    [Fact]
    public void Hub_EveryMethod_HasAnEntry()
    {
        var methods = AppSurface.HubMethods();

        methods.Except(HubCases.All.Select(c => c.Method)).Should().BeEmpty("every hub method needs an entry in HubCases");
        HubCases.All.Select(c => c.Method).Except(methods).Should().BeEmpty("every entry of HubCases names a hub method");
    }

    [Theory]
    [MemberData(nameof(RouteCells))]
    public async Task Route_CalledByEachActor_AnswersTheExpectedStatusAndCode(string route, Actor actor)
    {
        var entry = RouteCases.All.Single(c => c.Route == route);
        var caller = entry.FreshCallers.Contains(actor) ? await matrix.FreshAsync(actor) : matrix.AccountOf(actor);
        var cell = new Cell(matrix, actor, caller);
        using var request = new HttpRequestMessage(new HttpMethod(entry.Verb), await entry.Path(cell)) { Content = entry.Body(cell) };
        caller?.Authorize(request);

        using var response = await matrix.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await ShouldBeAsync(response, entry.Expected[actor]);
    }

    [Theory]
    [MemberData(nameof(RoutesWithIds))]
    public async Task Route_WithUnknownIds_Is404NotFound(string route)
    {
        var entry = RouteCases.All.Single(c => c.Route == route);
        var member = matrix.AccountOf(Actor.Member)!;
        using var request = new HttpRequestMessage(new HttpMethod(entry.Verb), entry.WithUnknownIds()) { Content = entry.Body(new Cell(matrix, Actor.Member, member)) };
        member.Authorize(request);

        using var response = await matrix.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await ShouldBeAsync(response, Outcome.NotFound);
    }

    [Theory]
    [MemberData(nameof(HubCells))]
    public async Task HubMethod_CalledByEachActor_AnswersTheExpectedCode(string method, Actor actor)
    {
        var entry = HubCases.All.Single(c => c.Method == method);
        var expected = entry.Expected[actor];
        var connect = () => HubClient.ConnectAsync(matrix.Factory, matrix.AccountOf(actor)?.Token!);
        if (expected.Status == HttpStatusCode.Unauthorized)
        {
            (await connect.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            return;
        }

        await using var hub = await connect();
        var invoke = () => hub.Connection.InvokeCoreAsync<JsonElement>(method, [entry.Argument(matrix)], TestContext.Current.CancellationToken);

        if (expected.IsSuccess)
        {
            await invoke.Should().NotThrowAsync();
            return;
        }

        (await invoke.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain($"HubException: {expected.Code}: ");
        await hub.WaitForAsync("error", e => e.GetProperty("code").GetString() == expected.Code);
    }

    private static async Task ShouldBeAsync(HttpResponseMessage response, Outcome expected)
    {
        if (expected.Code is null)
        {
            // Not every success is JSON (health answers text): the status, with the body to read when it differs.
            response.StatusCode.Should().Be(expected.Status, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        else
        {
            await response.ShouldBeProblemAsync(expected.Status, expected.Code);
        }
    }

    private static TheoryData<string, Actor> Cells(IEnumerable<string> names)
    {
        var cells = new TheoryData<string, Actor>();
        foreach (var name in names)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                cells.Add(name, actor);
            }
        }

        return cells;
    }
}
