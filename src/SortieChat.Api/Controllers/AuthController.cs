using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Auth;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Application.Users;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("auth")]
[AllowAnonymous]
[BuiltInAccountsOnly]
public sealed class AuthController(ISender mediator) : ControllerBase
{
    [HttpPost("register")]
    public async Task<ActionResult<AuthResultDto>> Register([FromBody] RegisterRequest body, CancellationToken ct) =>
        this.RespondCreated(await mediator.Send(body.ToCommand(), ct), _ => "/users/me");

    [HttpPost("login")]
    public async Task<ActionResult<AuthResultDto>> Login([FromBody] LoginRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToQuery(), ct));
}
