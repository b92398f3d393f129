using System.Net;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>
/// The hub's own HTTP endpoints answer refusals as the REST routes do (problem details with a code), not with the
/// framework's plain-text sentences, which a client cannot branch on.
/// </summary>
public sealed class HubTransportErrorsHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData("/chat", HttpStatusCode.BadRequest, "validation_failed")] // no connection id
    [InlineData("/chat?id=never-negotiated", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/chat/negotiate?negotiateVersion=1", HttpStatusCode.MethodNotAllowed, "method_not_allowed")] // negotiate is POST
    public async Task HubEndpoint_Refusing_AnswersProblemDetailsWithACode(string path, HttpStatusCode status, string code)
    {
        var response = await scenario.Bob.GetAsync(path);

        await response.ShouldBeProblemAsync(status, code);
    }

    [Fact]
    public async Task Negotiate_WithPost_StillAnswersItsJson()
    {
        var response = await scenario.Bob.PostAsync("/chat/negotiate?negotiateVersion=1");

        (await response.ShouldBeAsync(HttpStatusCode.OK)).Str("connectionToken").Should().NotBeEmpty();
    }
}
