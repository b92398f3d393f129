using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.DiscardUnusedUploads;

/// <summary>The upload at <paramref name="MediaUrl"/> stops being attachable, unless a message already shows it.</summary>
public sealed record StartDiscardingUploadCommand(string MediaUrl) : ICommand<Result>;
