using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Auth;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Common;
using SortieChat.Application.Users;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("auth")]
[AllowAnonymous]
[BuiltInAccountsOnly]
public sealed class AuthController(ISender mediator) : ControllerBase
{
    /// <summary>Creates an account and signs it in.</summary>
    [OpenApiOperation("Auth_Register")]
    [ProducesResponseType<AuthResultDto>(StatusCodes.Status201Created)]
    [ProblemCodes(ErrorCodes.EmailTaken, RequestErrorCodes.RateLimited, ErrorCodes.NotFound)]
    [HttpPost("register")]
    public async Task<ActionResult<AuthResultDto>> Register([FromBody] RegisterRequest body, CancellationToken ct) =>
        this.RespondCreated(await mediator.Send(body.ToCommand(), ct), _ => "/users/me");

    /// <summary>Signs in: the same answer for an unknown email and a wrong password.</summary>
    [OpenApiOperation("Auth_Login")]
    [ProblemCodes(ErrorCodes.InvalidCredentials, RequestErrorCodes.RateLimited, ErrorCodes.NotFound)]
    [HttpPost("login")]
    public async Task<ActionResult<AuthResultDto>> Login([FromBody] LoginRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToQuery(), ct));
}
