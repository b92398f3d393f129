using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NSwag.Annotations;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Chats;
using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Chats.ListChatMembers;
using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Chats.ListPins;
using SortieChat.Application.Chats.SearchMessages;
using SortieChat.Application.Messages;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("chats")]
public sealed class ChatsController(ISender mediator) : ControllerBase
{
    /// <summary>The caller's chats, each with its lastMessage and the caller's unreadCount, most recent activity first.</summary>
    [OpenApiOperation("Chats_ListMine")]
    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<ChatDto>>> ListMine(CancellationToken ct) => this.Respond(await mediator.Send(new ListMyChatsQuery(), ct));

    /// <summary>The pinned messages of a chat, newest pin first (members only).</summary>
    [OpenApiOperation("Chats_ListPins")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("{chatId}/pins")]
    public async Task<ActionResult<IReadOnlyList<MessageDto>>> ListPins(string chatId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ListPinsQuery(chatId), ct));

    /// <summary>
    /// The messages whose text or file name holds every word of q (the last as a prefix), case- and accent-insensitive,
    /// NEWEST first; nextCursor is the id to pass as before for the next page (members only).
    /// </summary>
    [OpenApiOperation("Chats_SearchMessages")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("{chatId}/search")]
    public async Task<ActionResult<MessagePageDto>> SearchMessages(
        string chatId, [FromQuery, BindRequired] string q, [FromQuery] int? limit, [FromQuery] string? before, CancellationToken ct) =>
        this.Respond(await mediator.Send(new SearchMessagesQuery(chatId, q, limit, before), ct));

    /// <summary>The chat of a sortie (members only).</summary>
    [OpenApiOperation("Chats_GetBySortie")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("sortie/{sortieId}")]
    public async Task<ActionResult<ChatDto>> GetBySortie(string sortieId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new GetChatBySortieQuery(sortieId), ct));

    /// <summary>A chat by id (members only).</summary>
    [OpenApiOperation("Chats_Get")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("{chatId}")]
    public async Task<ActionResult<ChatDto>> Get(string chatId, CancellationToken ct) => this.Respond(await mediator.Send(new GetChatQuery(chatId), ct));

    /// <summary>Slow mode, by the creator only: a member may send once per cooldownSeconds (0 turns it off).</summary>
    [OpenApiOperation("Chats_SetSlowMode")]
    [ProblemCodes(ErrorCodes.NotAMember, ErrorCodes.Forbidden, ErrorCodes.NotFound)]
    [HttpPatch("{chatId}")]
    public async Task<ActionResult<ChatDto>> SetSlowMode(string chatId, [FromBody] SetSlowModeRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToCommand(chatId), ct));

    /// <summary>Mutes or unmutes the chat's pushes for the caller (members only); mentions are pushed even when muted.</summary>
    [OpenApiOperation("Chats_Mute")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpPatch("{chatId}/mute")]
    public async Task<ActionResult<ChatMuteDto>> Mute(string chatId, [FromBody] MuteChatBody body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToRequest(chatId), ct));

    /// <summary>The chat's members with their role, read watermark and presence (members only).</summary>
    [OpenApiOperation("Chats_ListMembers")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound)]
    [HttpGet("sortie/{sortieId}/members")]
    public async Task<ActionResult<IReadOnlyList<ChatMemberDto>>> ListMembers(string sortieId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ListChatMembersQuery(sortieId), ct));
}
