using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Auth;
using SortieChat.Api.Http;
using SortieChat.Application.Users;
using SortieChat.Application.Users.Login;
using SortieChat.Application.Users.Register;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("auth")]
[AllowAnonymous]
[BuiltInAccountsOnly]
public sealed class AuthController(ISender mediator) : ControllerBase
{
    [HttpPost("register")]
    public async Task<ActionResult<AuthResultDto>> Register([FromBody] RegisterCommand body, CancellationToken ct) =>
        this.RespondCreated(await mediator.Send(body, ct), _ => "/users/me");

    [HttpPost("login")]
    public async Task<ActionResult<AuthResultDto>> Login([FromBody] LoginQuery body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body, ct));
}
