using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Push;
using SortieChat.Application.Push.GetVapidPublicKey;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("push")]
public sealed class PushController(ISender mediator) : ControllerBase
{
    /// <summary>The VAPID public key to subscribe with (open; 404 when Web Push is off).</summary>
    [OpenApiOperation("Push_GetVapidPublicKey")]
    [ProblemCodes(ErrorCodes.NotFound)]
    [AllowAnonymous]
    [HttpGet("vapid-public-key")]
    public async Task<ActionResult<VapidPublicKeyDto>> GetVapidPublicKey(CancellationToken ct) =>
        this.Respond(await mediator.Send(new GetVapidPublicKeyQuery(), ct));
}
