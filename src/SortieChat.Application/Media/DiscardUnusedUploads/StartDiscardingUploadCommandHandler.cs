using Mediator;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.DiscardUnusedUploads;

public sealed class StartDiscardingUploadCommandHandler(IUploadRepository uploads) : ICommandHandler<StartDiscardingUploadCommand, Result>
{
    public async ValueTask<Result> Handle(StartDiscardingUploadCommand command, CancellationToken cancellationToken) =>
        await uploads.FindByUrlAsync(command.MediaUrl, cancellationToken) is { } upload
            ? upload.StartDiscarding()
            : Error.NotFound("The upload");
}
