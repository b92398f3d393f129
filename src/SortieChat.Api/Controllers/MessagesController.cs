using Mediator;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Common;
using SortieChat.Application.Messages;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Messages.PinMessage;
using SortieChat.Application.Messages.React;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("messages")]
public sealed class MessagesController(ISender mediator) : ControllerBase
{
    /// <summary>A page of the history of a sortie's chat, items oldest to newest (DESIGN.md section 4, history paging).</summary>
    [OpenApiOperation("Messages_GetBySortie")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("sortie/{sortieId}")]
    public async Task<ActionResult<MessagePageDto>> HistoryBySortie(string sortieId, [FromQuery] MessageHistoryRequest query, CancellationToken ct) =>
        this.Respond(await mediator.Send(query.ToQueryBySortie(sortieId), ct));

    /// <summary>The same history by chat id; afterSeq from the last seen seq is the catch-up after a reconnect.</summary>
    [OpenApiOperation("Messages_GetByChat")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("chat/{chatId}")]
    public async Task<ActionResult<MessagePageDto>> HistoryByChat(string chatId, [FromQuery] MessageHistoryRequest query, CancellationToken ct) =>
        this.Respond(await mediator.Send(query.ToQueryByChat(chatId), ct));

    /// <summary>201 for a new message; 200 with the stored one when the clientMessageId was already sent.</summary>
    [OpenApiOperation("Messages_Send")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [ProblemCodes(ErrorCodes.NotAMember, ErrorCodes.NotFound, RequestErrorCodes.RateLimited, ErrorCodes.SlowMode)]
    [HttpPost("sortie/{sortieId}")]
    public async Task<ActionResult<MessageDto>> Send(string sortieId, [FromBody] SendMessageRequest body, CancellationToken ct) =>
        this.RespondCreatedOrOk(await mediator.Send(body.ToCommand(sortieId), ct), r => r.Message, r => r.Created, m => $"/messages/{m.Id}");

    /// <summary>Soft delete, by the sender or the chat's creator: the message keeps its id and seq, its content is erased.</summary>
    [OpenApiOperation("Messages_Delete")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.Forbidden, ErrorCodes.NotFound)]
    [HttpDelete("{messageId}")]
    public async Task<ActionResult> Delete(string messageId, CancellationToken ct) => this.RespondNoContent(await mediator.Send(new DeleteMessageCommand(messageId), ct));

    /// <summary>The sender edits the text, or a media message's caption: same seq, editedAt set; the room gets messageUpdated.</summary>
    [OpenApiOperation("Messages_Edit")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.MessageDeleted)]
    [HttpPatch("{messageId}")]
    public async Task<ActionResult<MessageDto>> Edit(string messageId, [FromBody] EditMessageRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToCommand(messageId), ct));

    /// <summary>Adds the caller's reaction (one emoji, URL-encoded); idempotent. At most 20 different emoji per message.</summary>
    [OpenApiOperation("Messages_AddReaction")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound, ErrorCodes.MessageDeleted, ErrorCodes.ReactionLimit)]
    [HttpPut("{messageId}/reactions/{emoji}")]
    public async Task<ActionResult<MessageDto>> AddReaction(string messageId, string emoji, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ReactCommand(messageId, emoji, On: true), ct));

    /// <summary>Removes the caller's reaction; idempotent.</summary>
    [OpenApiOperation("Messages_RemoveReaction")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound, ErrorCodes.MessageDeleted)]
    [HttpDelete("{messageId}/reactions/{emoji}")]
    public async Task<ActionResult<MessageDto>> RemoveReaction(string messageId, string emoji, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ReactCommand(messageId, emoji, On: false), ct));

    /// <summary>The creator pins a message (at most 25 per chat); idempotent.</summary>
    [OpenApiOperation("Messages_Pin")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.MessageDeleted, ErrorCodes.PinLimit)]
    [HttpPost("{messageId}/pin")]
    public async Task<ActionResult<MessageDto>> Pin(string messageId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new PinMessageCommand(messageId, Pin: true), ct));

    /// <summary>The creator unpins a message; idempotent.</summary>
    [OpenApiOperation("Messages_Unpin")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.MessageDeleted)]
    [HttpDelete("{messageId}/pin")]
    public async Task<ActionResult<MessageDto>> Unpin(string messageId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new PinMessageCommand(messageId, Pin: false), ct));

    /// <summary>Moves the caller's read watermark to this message's seq (never backwards).</summary>
    [OpenApiOperation("Messages_MarkAsRead")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpPost("{messageId}/read")]
    public async Task<ActionResult<ReadStateDto>> MarkAsRead(string messageId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new MarkAsReadCommand(messageId), ct));

    /// <summary>One message (members only).</summary>
    [OpenApiOperation("Messages_Get")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("{messageId}")]
    public async Task<ActionResult<MessageDto>> Get(string messageId, CancellationToken ct) => this.Respond(await mediator.Send(new GetMessageQuery(messageId), ct));
}
