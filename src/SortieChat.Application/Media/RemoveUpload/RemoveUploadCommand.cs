using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.RemoveUpload;

/// <summary>The files of the upload at <paramref name="MediaUrl"/> are gone: its record goes (and stops counting against the quota).</summary>
public sealed record RemoveUploadCommand(string MediaUrl) : ICommand<Result>;
