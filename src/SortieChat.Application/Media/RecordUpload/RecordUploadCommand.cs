using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.RecordUpload;

/// <summary>The caller's file, stored for the sortie's chat, is recorded against their quota.</summary>
public sealed record RecordUploadCommand(string SortieId, MeasuredMedia Measured) : ICommand<Result>;
