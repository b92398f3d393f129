using SortieChat.Domain.Common;

namespace SortieChat.Domain.Uploads;

public sealed record MediaUploaded(Upload Upload) : IDomainEvent;

public sealed record UploadUsed(string UploadId, DateTimeOffset UsedAt) : IDomainEvent;

public sealed record UploadDiscardStarted(string UploadId) : IDomainEvent;

public sealed record UploadRemoved(string UploadId, string UploaderId) : IDomainEvent;
