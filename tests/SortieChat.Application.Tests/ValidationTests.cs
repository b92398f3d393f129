using SortieChat.Application.Chats.SetSlowMode;
using SortieChat.Application.Common.Dtos;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Participations.ChangeParticipationStatus;
using SortieChat.Application.Sorties.CreateSortie;
using SortieChat.Application.Sorties.GetSortie;
using SortieChat.Application.Tests.Support;
using SortieChat.Application.Users.Register;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Tests;

/// <summary>Bad input comes back as validation_failed naming the camelCase fields, and stores nothing.</summary>
public sealed class ValidationTests : IAsyncLifetime
{
    private TestApp app = null!;
    private string alice = null!;
    private Sorties.SortieDto sortie = null!;

    public async ValueTask InitializeAsync()
    {
        app = await TestApp.StartAsync();
        alice = await app.RegisterAsync("Alice");
        sortie = await app.CreateSortieAsync(alice);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    public static TheoryData<string, SendMessageCommand> BadSends => new()
    {
        { "type", new SendMessageCommand { SortieId = Placeholder, Type = "sticker", Content = "?" } },
        { "type", new SendMessageCommand { SortieId = Placeholder, Type = null } },
        { "type", new SendMessageCommand { SortieId = Placeholder, Type = "system", Content = "I am the server" } },
        { "content", new SendMessageCommand { SortieId = Placeholder, Type = "text", Content = "" } },
        { "content", new SendMessageCommand { SortieId = Placeholder, Type = "text", Content = new string('x', 5001) } },
        { "mediaUrl", new SendMessageCommand { SortieId = Placeholder, Type = "image" } },
        { "mediaUrl", new SendMessageCommand { SortieId = Placeholder, Type = "video", MediaUrl = "https://example.com/cat.mp4" } },
        { "mediaUrl", new SendMessageCommand { SortieId = Placeholder, Type = "file", MediaUrl = "/media/00000000000000000000000000000000.pdf" } },
        { "mediaUrl", new SendMessageCommand { SortieId = Placeholder, Type = "text", Content = "look", MediaUrl = "https://example.com/x.png" } },
        { "location", new SendMessageCommand { SortieId = Placeholder, Type = "location" } },
        { "location.latitude", new SendMessageCommand { SortieId = Placeholder, Type = "location", Location = new LocationDto(91, 0, null, null) } },
        { "location.longitude", new SendMessageCommand { SortieId = Placeholder, Type = "location", Location = new LocationDto(0, -181, null, null) } },
        { "replyTo", new SendMessageCommand { SortieId = Placeholder, Type = "text", Content = "re", ReplyTo = "not-an-id" } },
        { "clientMessageId", new SendMessageCommand { SortieId = Placeholder, Type = "text", Content = "hi", ClientMessageId = new string('k', 65) } },
        { "sortieId", new SendMessageCommand { SortieId = "42", Type = "text", Content = "hi" } },
    };

    private const string Placeholder = "sortie";

    [Theory]
    [MemberData(nameof(BadSends))]
    public async Task Send_WithBadInput_FailsValidationNamingTheField(string field, SendMessageCommand command)
    {
        var result = await app.SendAsync(alice, command.SortieId == Placeholder ? command with { SortieId = sortie.Id } : command);

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Contain(field);
        (await app.SendAsync(alice, new Chats.GetChat.GetChatQuery(sortie.ChatId))).ShouldSucceed().LastSeq.Should().Be(1);
    }

    [Fact]
    public async Task Send_ReplyToAMessageOfAnotherChat_FailsValidationOnReplyTo()
    {
        var other = await app.CreateSortieAsync(alice);
        var elsewhere = await app.SendTextAsync(alice, other.Id, "elsewhere");

        var result = await app.SendAsync(alice, new SendMessageCommand { SortieId = sortie.Id, Type = "text", Content = "re", ReplyTo = elsewhere.Id });

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Equal("replyTo");
    }

    [Fact]
    public async Task Register_WithBadFields_NamesEachOne()
    {
        var result = await app.SendAsync(null, new RegisterCommand("not-an-email", "short", "  "));

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().BeEquivalentTo(["email", "password", "displayName"]);
    }

    [Fact]
    public async Task Register_TheSameEmailInAnotherCase_IsTaken()
    {
        await app.SendAsync(null, new RegisterCommand("Dup@Example.com", "correct horse battery", "One"));

        var result = await app.SendAsync(null, new RegisterCommand("dup@example.COM", "correct horse battery", "Two"));

        result.ShouldFailWith(ErrorCodes.EmailTaken);
    }

    [Fact]
    public async Task CreateSortie_WithBadFields_NamesEachOne()
    {
        var result = await app.SendAsync(alice, new CreateSortieCommand("", null, null, new LocationDto(100, 0, null, null), 0));

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys
            .Should().BeEquivalentTo(["title", "startsAt", "location.latitude", "maxParticipants"]);
    }

    [Theory]
    [InlineData("ACCEPTED")]
    [InlineData("acceptee")]
    [InlineData(null)]
    public async Task ChangeStatus_WithAStatusOutsideTheFour_FailsValidation(string? status)
    {
        var result = await app.SendAsync(alice, new ChangeParticipationStatusCommand(Guid.CreateVersion7().ToString(), status));

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Equal("status");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3601)]
    public async Task SetSlowMode_OutOfRange_FailsValidation(int seconds)
    {
        var result = await app.SendAsync(alice, new SetSlowModeCommand(sortie.ChatId, seconds));

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Equal("cooldownSeconds");
    }

    [Fact]
    public async Task MalformedId_FailsValidation_AndAWellFormedUnknownIdIsNotFound()
    {
        (await app.SendAsync(alice, new GetSortieQuery("abc"))).ShouldFailWith(ErrorCodes.ValidationFailed);
        (await app.SendAsync(alice, new GetSortieQuery(Guid.CreateVersion7().ToString()))).ShouldFailWith(ErrorCodes.NotFound);
        (await app.SendAsync(alice, new GetMessageQuery(Guid.CreateVersion7().ToString()))).ShouldFailWith(ErrorCodes.NotFound);
    }
}
