namespace SortieChat.Application.Abstractions.Persistence;

/// <summary>
/// The store found the data changed under a command (or a transaction was aborted as transient): nothing was
/// written, and running the whole command again from its reads is safe.
/// </summary>
public class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
