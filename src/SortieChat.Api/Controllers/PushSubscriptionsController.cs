using Mediator;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Push;
using SortieChat.Application.Push.ListPushSubscriptions;
using SortieChat.Application.Push.SubscribePush;
using SortieChat.Application.Push.UnsubscribePush;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("users/me/push-subscriptions")]
public sealed class PushSubscriptionsController(ISender mediator) : ControllerBase
{
    /// <summary>Subscribes this device (the browser's PushSubscription): 201, or 200 with the keys replaced for a known endpoint. At most 10 per user, the oldest replaced.</summary>
    [OpenApiOperation("Push_Subscribe")]
    [ProducesResponseType<PushSubscriptionDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<PushSubscriptionDto>(StatusCodes.Status200OK)]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotFound)]
    [HttpPost]
    public async Task<ActionResult<PushSubscriptionDto>> Subscribe(SubscribePushRequest body, CancellationToken ct) =>
        this.RespondCreatedOrOk(await mediator.Send(body, ct), r => r.Subscription, r => r.Created, _ => "/users/me/push-subscriptions");

    /// <summary>The caller's subscriptions, oldest first.</summary>
    [OpenApiOperation("Push_ListSubscriptions")]
    [ProblemCodes(ErrorCodes.NotFound)]
    [HttpGet]
    public async Task<ActionResult<IReadOnlyList<PushSubscriptionDto>>> List(CancellationToken ct) =>
        this.Respond(await mediator.Send(new ListPushSubscriptionsQuery(), ct));

    /// <summary>Unsubscribes an endpoint of the caller (204 also when it is unknown).</summary>
    [OpenApiOperation("Push_Unsubscribe")]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotFound)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpDelete]
    public async Task<ActionResult> Unsubscribe([FromQuery] string endpoint, CancellationToken ct) =>
        this.RespondNoContent(await mediator.Send(new UnsubscribePushRequest(endpoint), ct));
}
