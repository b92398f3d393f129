using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.UploadMedia;

/// <summary>
/// A member uploads a file for the sortie's chat. Not a command: it writes no row, so it takes no write turn
/// while the file streams in.
/// </summary>
public sealed record UploadMediaRequest(string SortieId, string? FileName, Stream Content) : IRequest<Result<UploadedMediaDto>>;
