using Mediator;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Contracts;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Participations;
using SortieChat.Application.Participations.ListParticipations;
using SortieChat.Application.Participations.RequestParticipation;
using SortieChat.Application.Sorties;
using SortieChat.Application.Sorties.GetSortie;
using SortieChat.Application.Sorties.ListMySorties;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("sorties")]
public sealed class SortiesController(ISender mediator) : ControllerBase
{
    /// <summary>Creates a sortie and its chat (the creator is its first member; the welcome message is seq 1).</summary>
    [OpenApiOperation("Sorties_Create")]
    [ProducesResponseType<SortieDto>(StatusCodes.Status201Created)]
    [HttpPost]
    public async Task<ActionResult<SortieDto>> Create([FromBody] CreateSortieRequest body, CancellationToken ct) =>
        this.RespondCreated(await mediator.Send(body.ToCommand(), ct), sortie => $"/sorties/{sortie.Id}");

    /// <summary>One sortie: any signed-in user may read it (a sortie is found by its link).</summary>
    [OpenApiOperation("Sorties_Get")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotFound)]
    [HttpGet("{id}")]
    public async Task<ActionResult<SortieDto>> Get(string id, CancellationToken ct) => this.Respond(await mediator.Send(new GetSortieQuery(id), ct));

    /// <summary>The caller's sorties, created or accepted into, newest first.</summary>
    [OpenApiOperation("Sorties_ListMine")]
    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<SortieDto>>> ListMine(CancellationToken ct) => this.Respond(await mediator.Send(new ListMySortiesQuery(), ct));

    /// <summary>201 for a new request; 200 when a cancelled participation is reopened.</summary>
    [OpenApiOperation("Sorties_RequestParticipation")]
    [ProducesResponseType<ParticipationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ParticipationDto>(StatusCodes.Status200OK)]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.AlreadyRequested, ErrorCodes.InvalidTransition)]
    [HttpPost("{sortieId}/participations")]
    public async Task<ActionResult<ParticipationDto>> RequestParticipation(string sortieId, CancellationToken ct) =>
        this.RespondCreatedOrOk(await mediator.Send(new RequestParticipationCommand(sortieId), ct), r => r.Participation, r => r.Created, _ => $"/sorties/{sortieId}/participations");

    /// <summary>The creator sees every participation, each with its displayName; anyone else only their own.</summary>
    [OpenApiOperation("Sorties_ListParticipations")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotFound)]
    [HttpGet("{sortieId}/participations")]
    public async Task<ActionResult<IReadOnlyList<ParticipationDto>>> ListParticipations(string sortieId, CancellationToken ct) =>
        this.Respond(await mediator.Send(new ListParticipationsQuery(sortieId), ct));
}
