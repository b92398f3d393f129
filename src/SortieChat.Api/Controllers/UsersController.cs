using Mediator;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Http;
using SortieChat.Application.Users;
using SortieChat.Application.Users.DeactivateMe;
using SortieChat.Application.Users.GetMe;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("users")]
public sealed class UsersController(ISender mediator) : ControllerBase
{
    [HttpGet("me")]
    public async Task<ActionResult<UserDto>> GetMe(CancellationToken ct) => this.Respond(await mediator.Send(new GetMeQuery(), ct));

    [HttpDelete("me")]
    public async Task<ActionResult> DeactivateMe(CancellationToken ct) => this.RespondNoContent(await mediator.Send(new DeactivateMeCommand(), ct));
}
