using SortieChat.Application.Chats.SetSlowMode;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Sorties.GetSortie;
using SortieChat.Application.Tests.Support;
using SortieChat.Application.Users.Register;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

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

    /// <summary>The command's own checks; the shape of a send's body is the Api's request to check (BadInputHttpTests).</summary>
    public static TheoryData<string, SendMessageCommand> BadSends => new()
    {
        { "type", new SendMessageCommand(Placeholder, MessageDraft.ForSystem("I am the server")) },
        { "mediaUrl", new SendMessageCommand(Placeholder, new MessageDraft(MessageType.Video, null, null, null), MediaUrl: "https://example.com/cat.mp4") },
        { "mediaUrl", new SendMessageCommand(Placeholder, new MessageDraft(MessageType.File, null, null, null), MediaUrl: "/media/00000000000000000000000000000000.pdf") },
        { "replyTo", new SendMessageCommand(Placeholder, MessageDraft.Text("re"), ReplyTo: "not-an-id") },
        { "clientMessageId", new SendMessageCommand(Placeholder, MessageDraft.Text("hi"), ClientMessageId: new string('k', 65)) },
        { "sortieId", new SendMessageCommand("42", MessageDraft.Text("hi")) },
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

        var result = await app.SendAsync(alice, new SendMessageCommand(sortie.Id, MessageDraft.Text("re"), ReplyTo: elsewhere.Id));

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
