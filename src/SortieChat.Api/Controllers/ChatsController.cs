using Mediator;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Application.Chats;
using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Chats.ListChatMembers;
using SortieChat.Application.Chats.ListMyChats;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("chats")]
public sealed class ChatsController(ISender mediator) : ControllerBase
{
    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<ChatDto>>> ListMine(CancellationToken ct) => this.Respond(await mediator.Send(new ListMyChatsQuery(), ct));

    [HttpGet("sortie/{sortieId}")]
    public async Task<ActionResult<ChatDto>> GetBySortie(string sortieId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new GetChatBySortieQuery(sortieId), ct));

    [HttpGet("{chatId}")]
    public async Task<ActionResult<ChatDto>> Get(string chatId, CancellationToken ct) => this.Respond(await mediator.Send(new GetChatQuery(chatId), ct));

    [HttpPatch("{chatId}")]
    public async Task<ActionResult<ChatDto>> SetSlowMode(string chatId, [FromBody] SetSlowModeRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToCommand(chatId), ct));

    [HttpGet("sortie/{sortieId}/members")]
    public async Task<ActionResult<IReadOnlyList<ChatMemberDto>>> ListMembers(string sortieId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ListChatMembersQuery(sortieId), ct));
}
