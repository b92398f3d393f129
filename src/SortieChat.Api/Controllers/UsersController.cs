using Mediator;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Http;
using SortieChat.Application.Users;
using SortieChat.Application.Users.DeactivateMe;
using SortieChat.Application.Users.GetMe;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("users")]
public sealed class UsersController(ISender mediator) : ControllerBase
{
    /// <summary>The caller.</summary>
    [OpenApiOperation("Users_GetMe")]
    [HttpGet("me")]
    public async Task<ActionResult<UserDto>> GetMe(CancellationToken ct) => this.Respond(await mediator.Send(new GetMeQuery(), ct));

    /// <summary>Deactivates the caller: their tokens stop working at once; their messages stay.</summary>
    [OpenApiOperation("Users_DeactivateMe")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpDelete("me")]
    public async Task<ActionResult> DeactivateMe(CancellationToken ct) => this.RespondNoContent(await mediator.Send(new DeactivateMeCommand(), ct));
}
