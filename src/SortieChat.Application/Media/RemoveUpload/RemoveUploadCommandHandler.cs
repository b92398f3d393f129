using Mediator;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.RemoveUpload;

public sealed class RemoveUploadCommandHandler(IUploadRepository uploads) : ICommandHandler<RemoveUploadCommand, Result>
{
    public async ValueTask<Result> Handle(RemoveUploadCommand command, CancellationToken cancellationToken)
    {
        (await uploads.FindByUrlAsync(command.MediaUrl, cancellationToken))?.Remove();
        return Result.Success();
    }
}
