using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.GetVapidPublicKey;

public sealed class GetVapidPublicKeyQueryHandler(IPushSettings push) : IQueryHandler<GetVapidPublicKeyQuery, Result<VapidPublicKeyDto>>
{
    public ValueTask<Result<VapidPublicKeyDto>> Handle(GetVapidPublicKeyQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<VapidPublicKeyDto>>(
            push is { Enabled: true, VapidPublicKey: { } key } ? new VapidPublicKeyDto(key) : PushErrors.Disabled);
}
