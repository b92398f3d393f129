using Mediator;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Application.Participations;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("participations")]
public sealed class ParticipationsController(ISender mediator) : ControllerBase
{
    [HttpPatch("{id}/status")]
    public async Task<ActionResult<ParticipationDto>> ChangeStatus(string id, [FromBody] ChangeParticipationStatusRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToCommand(id), ct));
}
