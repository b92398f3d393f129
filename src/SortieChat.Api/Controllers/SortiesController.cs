using Mediator;
using Microsoft.AspNetCore.Mvc;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Application.Participations;
using SortieChat.Application.Participations.ListParticipations;
using SortieChat.Application.Participations.RequestParticipation;
using SortieChat.Application.Sorties;
using SortieChat.Application.Sorties.GetSortie;
using SortieChat.Application.Sorties.ListMySorties;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("sorties")]
public sealed class SortiesController(ISender mediator) : ControllerBase
{
    [HttpPost]
    public async Task<ActionResult<SortieDto>> Create([FromBody] CreateSortieRequest body, CancellationToken ct) =>
        this.RespondCreated(await mediator.Send(body.ToCommand(), ct), sortie => $"/sorties/{sortie.Id}");

    [HttpGet("{id}")]
    public async Task<ActionResult<SortieDto>> Get(string id, CancellationToken ct) => this.Respond(await mediator.Send(new GetSortieQuery(id), ct));

    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<SortieDto>>> ListMine(CancellationToken ct) => this.Respond(await mediator.Send(new ListMySortiesQuery(), ct));

    /// <summary>201 for a new request; 200 when a cancelled participation is reopened.</summary>
    [HttpPost("{sortieId}/participations")]
    public async Task<ActionResult<ParticipationDto>> RequestParticipation(string sortieId, CancellationToken ct) =>
        this.RespondCreatedOrOk(await mediator.Send(new RequestParticipationCommand(sortieId), ct), r => r.Participation, r => r.Created, _ => $"/sorties/{sortieId}/participations");

    [HttpGet("{sortieId}/participations")]
    public async Task<ActionResult<IReadOnlyList<ParticipationDto>>> ListParticipations(string sortieId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ListParticipationsQuery(sortieId), ct));
}
