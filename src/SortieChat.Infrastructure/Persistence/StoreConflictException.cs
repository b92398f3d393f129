using SortieChat.Application.Abstractions.Persistence;

namespace SortieChat.Infrastructure.Persistence;

/// <summary>A write found the store in another state than the one the command read: the transaction is rolled back.</summary>
public sealed class StoreConflictException(string message, Exception? inner = null) : ConcurrencyConflictException(message, inner);
