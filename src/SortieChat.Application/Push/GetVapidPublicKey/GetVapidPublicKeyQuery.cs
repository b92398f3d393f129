using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.GetVapidPublicKey;

public sealed record GetVapidPublicKeyQuery : IQuery<Result<VapidPublicKeyDto>>;
