using SortieChat.Application.Media;
using SortieChat.Application.Media.UploadMedia;
using SortieChat.Application.Messages;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Participations;
using SortieChat.Application.Participations.ChangeParticipationStatus;
using SortieChat.Application.Participations.RequestParticipation;
using SortieChat.Application.Sorties;
using SortieChat.Application.Sorties.CreateSortie;
using SortieChat.Application.Users.Register;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Tests.Support;

/// <summary>The workflow's steps, each asserting that it succeeded.</summary>
public static class Steps
{
    public static T ShouldSucceed<T>(this Result<T> result)
    {
        result.Error.Should().BeNull("the step should have succeeded");
        return result.Value;
    }

    public static Error ShouldFailWith(this Result result, string code)
    {
        result.Error.Should().NotBeNull($"the step should have failed with {code}");
        result.Error!.Code.Should().Be(code, result.Error.Message);
        return result.Error;
    }

    public static async Task<string> RegisterAsync(this TestApp app, string name) =>
        (await app.SendAsync(null, new RegisterCommand($"{name}.{Guid.NewGuid():N}@example.com", "correct horse battery", name)))
            .ShouldSucceed().UserId;

    public static async Task<SortieDto> CreateSortieAsync(this TestApp app, string creatorId, int maxParticipants = 10, string title = "Picnic") =>
        (await app.SendAsync(creatorId, new CreateSortieCommand(new SortieDetails(
            title, "By the river", new DateTimeOffset(2026, 12, 24, 12, 0, 0, TimeSpan.Zero), new Location(48.85, 2.35, "Quai", "Seine"), maxParticipants))))
            .ShouldSucceed();

    public static async Task<ParticipationDto> RequestAsync(this TestApp app, string userId, string sortieId) =>
        (await app.SendAsync(userId, new RequestParticipationCommand(sortieId))).ShouldSucceed().Participation;

    public static async Task<ParticipationDto> SetStatusAsync(this TestApp app, string actorId, string participationId, string status) =>
        (await app.SendAsync(actorId, new ChangeParticipationStatusCommand(participationId, StatusNamed(status)))).ShouldSucceed();

    /// <summary>The user asks and the creator accepts; returns the participation.</summary>
    public static async Task<ParticipationDto> JoinAsync(this TestApp app, string creatorId, string userId, string sortieId)
    {
        var requested = await app.RequestAsync(userId, sortieId);
        return await app.SetStatusAsync(creatorId, requested.Id, "ACCEPTEE");
    }

    public static async Task<MessageDto> SendTextAsync(this TestApp app, string userId, string sortieId, string text, string? clientMessageId = null) =>
        (await app.SendAsync(userId, new SendMessageCommand(sortieId, MessageDraft.Text(text), ClientMessageId: clientMessageId)))
            .ShouldSucceed().Message;

    public static async Task<MessagePageDto> PageAsync(this TestApp app, string userId, GetMessagesQuery query) =>
        (await app.SendAsync(userId, query)).ShouldSucceed();

    /// <summary>The user uploads a file for the sortie's chat, as POST /messages/upload would.</summary>
    public static async Task<UploadedMediaDto> UploadAsync(this TestApp app, string userId, string sortieId, byte[] bytes, string fileName = "file") =>
        (await app.UploadResultAsync(userId, sortieId, bytes, fileName)).ShouldSucceed();

    public static Task<Result<UploadedMediaDto>> UploadResultAsync(this TestApp app, string userId, string sortieId, byte[] bytes, string fileName = "file") =>
        app.SendAsync(userId, new UploadMediaRequest(sortieId, fileName, new MemoryStream(bytes)));

    /// <summary>A message of the upload's type showing it.</summary>
    public static SendMessageCommand MediaMessage(string sortieId, UploadedMediaDto upload, string? caption = null) =>
        new(sortieId, new MessageDraft(TypeNamed(upload.Type), caption, null, null), MediaUrl: upload.Url);

    public static MessageType TypeNamed(string name) =>
        MessageTypeNames.TryParse(name, out var type) ? type : throw new ArgumentException($"{name} is not a message type.", nameof(name));

    private static ParticipationStatus StatusNamed(string name) =>
        ParticipationStatusNames.TryParse(name, out var status) ? status : throw new ArgumentException($"{name} is not a status.", nameof(name));
}
