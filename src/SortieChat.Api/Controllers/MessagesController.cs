using Mediator;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Application.Messages;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.MarkAsRead;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("messages")]
public sealed class MessagesController(ISender mediator) : ControllerBase
{
    [HttpGet("sortie/{sortieId}")]
    public async Task<ActionResult<MessagePageDto>> HistoryBySortie(string sortieId, [FromQuery] MessageHistoryRequest query, CancellationToken ct) =>
        this.Respond(await mediator.Send(query.ToQueryBySortie(sortieId), ct));

    [HttpGet("chat/{chatId}")]
    public async Task<ActionResult<MessagePageDto>> HistoryByChat(string chatId, [FromQuery] MessageHistoryRequest query, CancellationToken ct) =>
        this.Respond(await mediator.Send(query.ToQueryByChat(chatId), ct));

    /// <summary>201 for a new message; 200 with the stored one when the clientMessageId was already sent.</summary>
    [HttpPost("sortie/{sortieId}")]
    public async Task<ActionResult<MessageDto>> Send(string sortieId, [FromBody] SendMessageRequest body, CancellationToken ct) =>
        this.RespondCreatedOrOk(await mediator.Send(body.ToCommand(sortieId), ct), r => r.Message, r => r.Created, m => $"/messages/{m.Id}");

    [HttpDelete("{messageId}")]
    public async Task<ActionResult> Delete(string messageId, CancellationToken ct) => this.RespondNoContent(await mediator.Send(new DeleteMessageCommand(messageId), ct));

    [HttpPost("{messageId}/read")]
    public async Task<ActionResult<ReadStateDto>> MarkAsRead(string messageId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new MarkAsReadCommand(messageId), ct));

    [HttpGet("{messageId}")]
    public async Task<ActionResult<MessageDto>> Get(string messageId, CancellationToken ct) => this.Respond(await mediator.Send(new GetMessageQuery(messageId), ct));
}
