using Mediator;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Participations;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("participations")]
public sealed class ParticipationsController(ISender mediator) : ControllerBase
{
    /// <summary>Moves a participation along the transition table of DESIGN.md section 2.</summary>
    [OpenApiOperation("Participations_ChangeStatus")]
    [ProblemCodes(ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.InvalidTransition, ErrorCodes.AlreadyRequested, ErrorCodes.SortieFull, ErrorCodes.Conflict)]
    [HttpPatch("{id}/status")]
    public async Task<ActionResult<ParticipationDto>> ChangeStatus(string id, [FromBody] ChangeParticipationStatusRequest body, CancellationToken ct) =>
        this.Respond(await mediator.Send(body.ToCommand(id), ct));
}
