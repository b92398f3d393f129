using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.UnsubscribePush;

/// <summary>Deleting an endpoint the caller does not have is not an error: the outcome is the same.</summary>
public sealed record UnsubscribePushRequest(string Endpoint) : IRequest<Result>;
