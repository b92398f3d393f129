using System.Net;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.OpenApi;

/// <summary>The document the SDKs are generated from: served without a token, and saying what the wire does.</summary>
public sealed class OpenApiDocumentTests(OpenApiDocumentTests.Served served) : IClassFixture<OpenApiDocumentTests.Served>
{
    private static readonly string[] OperationIds =
    [
        "Auth_Register", "Auth_Login", "Users_GetMe", "Users_DeactivateMe", "Sorties_Create", "Sorties_Get", "Sorties_ListMine",
        "Sorties_RequestParticipation", "Sorties_ListParticipations", "Participations_ChangeStatus", "Chats_ListMine", "Chats_GetBySortie",
        "Chats_Get", "Chats_SetSlowMode", "Chats_ListMembers", "Messages_GetBySortie", "Messages_GetByChat", "Messages_Send",
        "Messages_Upload", "Messages_Delete", "Messages_Edit", "Messages_AddReaction", "Messages_RemoveReaction", "Messages_Pin", "Messages_Unpin", "Chats_ListPins", "Messages_MarkAsRead", "Messages_Get",
        "Push_GetVapidPublicKey", "Push_Subscribe", "Push_ListSubscriptions", "Push_Unsubscribe", "Chats_Mute", "Chats_SearchMessages",
    ];

    private JsonNode Schemas => served.Document["components"]!["schemas"]!;

    [Fact]
    public async Task SwaggerUi_WithoutToken_ServesThePage()
    {
        using var client = served.Factory.CreateClient();

        var response = await client.GetAsync("/swagger/index.html", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("swagger");
    }

    [Fact]
    public void Document_EveryRoute_HasItsMeaningfulOperationId()
    {
        Operations().Select(o => (string)o.Operation["operationId"]!).Should().BeEquivalentTo(OperationIds);
    }

    [Fact]
    public void Document_RoutesThatNeedAToken_NameTheBearerScheme()
    {
        served.Document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
        foreach (var (_, operation) in Operations())
        {
            var id = (string)operation["operationId"]!;
            var needsToken = operation["security"] is JsonArray { Count: > 0 };
            needsToken.Should().Be(id is not ("Auth_Register" or "Auth_Login" or "Push_GetVapidPublicKey"), id);
        }
    }

    [Fact]
    public void Document_EachProblemResponse_NamesCodesOfItsStatus()
    {
        foreach (var (_, operation) in Operations())
        {
            var problems = operation["responses"]!.AsObject().Where(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture) >= 400).ToList();
            problems.Should().NotBeEmpty((string)operation["operationId"]!);
            foreach (var (status, response) in problems)
            {
                response!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>().Should().EndWith("/ProblemDetails");
                foreach (var code in response["x-problem-codes"]!.AsArray().Select(c => c!.GetValue<string>()))
                {
                    Api.OpenApi.ContractStatus.Of(code).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(status, code);
                }
            }
        }
    }

    [Fact]
    public void Document_ChangeStatus_AnswersTheConflictsOfTheTransitionTable()
    {
        var operation = Operation("Participations_ChangeStatus");

        Codes(operation, "409").Should().Contain(["invalid_transition", "sortie_full"]);
        Codes(operation, "403").Should().Contain("forbidden");
        Codes(operation, "401").Should().Equal("unauthorized");
        Codes(operation, "400").Should().Contain("validation_failed");
    }

    [Fact]
    public void Document_ClosedSetsOfStrings_AreEnumsOfTheirWireValues()
    {
        Enum("ParticipationStatus").Should().Equal("EN_ATTENTE", "ACCEPTEE", "REFUSEE", "ANNULEE");
        Enum("MessageType").Should().Equal("text", "image", "video", "audio", "file", "location", "system");
        Enum("ChatMemberRole").Should().Equal("creator", "member");
        Schemas["ParticipationDto"]!["properties"]!["status"]!["$ref"]!.GetValue<string>().Should().EndWith("/ParticipationStatus");
        Schemas["SendMessageRequest"]!["properties"]!["type"]!["$ref"]!.GetValue<string>().Should().EndWith("/MessageType");
    }

    [Fact]
    public void Document_Answers_HaveEveryFieldRequiredAndNullOnlyWhereItMayBe()
    {
        var message = Schemas["MessageDto"]!;
        var required = message["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        required.Should().BeEquivalentTo(message["properties"]!.AsObject().Select(p => p.Key));
        message["properties"]!["senderId"]!["nullable"]!.GetValue<bool>().Should().BeTrue();
        message["properties"]!["id"]!["nullable"].Should().BeNull();
        message["properties"]!["seq"]!["nullable"].Should().BeNull();
    }

    [Fact]
    public void Document_Requests_RequireOnlyWhatTheServerNeeds()
    {
        Required("SendMessageRequest").Should().Equal("type");
        Required("CreateSortieRequest").Should().BeEquivalentTo("title", "startsAt", "maxParticipants");
        Schemas["CreateSortieRequest"]!["properties"]!["startsAt"]!["nullable"].Should().BeNull();
    }

    [Fact]
    public void Document_Upload_IsMultipartWithSortieIdBeforeFile()
    {
        var form = Operation("Messages_Upload")["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;

        form["properties"]!.AsObject().Select(p => p.Key).Should().Equal("sortieId", "file");
        form["properties"]!["file"]!["format"]!.GetValue<string>().Should().Be("binary");
    }

    [Fact]
    public void Document_DocComments_AreCarriedIntoIt()
    {
        Operation("Messages_Send")["summary"]!.GetValue<string>().Should().Contain("200 with the stored one");
        Schemas["MessageDto"]!["properties"]!["readBy"]!["description"]!.GetValue<string>().Should().Contain("read watermark");
    }

    [Fact]
    public void Document_HubPayloads_AreAmongItsSchemas()
    {
        Schemas.AsObject().Select(s => s.Key).Should().Contain(["RoomSnapshotDto", "ChatUpdatedDto", "RealtimeNotification", "TypingRequest", "ErrorEvent"]);
    }

    private IEnumerable<(string Path, JsonNode Operation)> Operations() =>
        served.Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(method => (path.Key, method.Value!)));

    private JsonNode Operation(string id) => Operations().Single(o => (string)o.Operation["operationId"]! == id).Operation;

    private static List<string> Codes(JsonNode operation, string status) =>
        [.. operation["responses"]![status]!["x-problem-codes"]!.AsArray().Select(c => c!.GetValue<string>())];

    private List<string> Enum(string name) => [.. Schemas[name]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())];

    private List<string> Required(string name) => [.. Schemas[name]!["required"]!.AsArray().Select(v => v!.GetValue<string>())];

    /// <summary>One server, and its document fetched once without a token.</summary>
    public sealed class Served : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public JsonNode Document { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            using var client = Factory.CreateClient();
            var response = await client.GetAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            Document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        }

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
