using SortieChat.Domain.Common;

namespace SortieChat.Application.Abstractions.Persistence;

/// <summary>
/// One command, one transaction: every change of the aggregates the repositories handed out or were given
/// is written by <see cref="CommitAsync"/> at once, or not at all.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Starts the command's unit of work; the store may wait for the first read or write to open its transaction.</summary>
    ValueTask BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the raised events as one transaction. Once it is committed, and before another command can commit,
    /// hands them (in the order they were raised) to <paramref name="publishInCommitOrder"/>, which must only queue them.
    /// </summary>
    ValueTask CommitAsync(Action<IReadOnlyList<IDomainEvent>> publishInCommitOrder, CancellationToken cancellationToken);

    /// <summary>Drops every change; safe to call when nothing was begun.</summary>
    ValueTask RollbackAsync();
}
