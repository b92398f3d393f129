using Microsoft.Data.Sqlite;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Users;
using SortieChat.Infrastructure.Persistence;
using SortieChat.Infrastructure.Persistence.Sqlite;

namespace SortieChat.Infrastructure.Tests.Sqlite;

/// <summary>The write of a message checks the seq it follows: a writer holding a stale chat cannot reuse or skip a seq.</summary>
public sealed class EventWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Write_AMessageWhoseSeqDoesNotFollowTheChat_ConflictsAndWritesNothing()
    {
        await using var temp = await TempDatabase.CreateAsync();
        var writer = new SqliteEventWriter();
        var user = User.Register("u1", "a@b.c", "A", "hash", Now);
        var sortie = Sortie.Create("s1", "c1", user.Id, new SortieDetails("Picnic", null, Now, null, 5), Now);
        var chat = Chat.Open(sortie, "m1", Now);
        await WriteAsync(temp, writer, [.. user.DomainEvents, .. sortie.DomainEvents, .. chat.DomainEvents]);
        var stale = Chat.Rehydrate("c1", "s1", "Picnic", null, 0, null, 0, Now, Now, [new ChatMember("u1", ChatRole.Creator, Now, 0, null)], 0);
        stale.Post("m2", "u1", MessageDraft.Text("late"), null, null, Now);

        var write = () => WriteAsync(temp, writer, stale.DomainEvents);

        await write.Should().ThrowAsync<Exception>().Where(e => e is StoreConflictException || e is SqliteException);
        (await temp.ScalarAsync("SELECT count(*) FROM messages")).Should().Be(1L);
        (await temp.ScalarAsync("SELECT last_seq FROM chats")).Should().Be(1L);
    }

    private static async Task WriteAsync(TempDatabase temp, SqliteEventWriter writer, IEnumerable<Domain.Common.IDomainEvent> events)
    {
        await using var connection = await temp.Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = connection.BeginTransaction();
        var scope = new SqliteScope(connection, transaction);
        foreach (var domainEvent in events)
        {
            await writer.WriteAsync(scope, domainEvent, TestContext.Current.CancellationToken);
        }

        transaction.Commit();
    }
}
