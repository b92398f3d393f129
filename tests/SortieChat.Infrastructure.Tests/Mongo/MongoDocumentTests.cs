using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Uploads;
using SortieChat.Domain.Sorties;
using SortieChat.Infrastructure.Persistence.Mongo;

namespace SortieChat.Infrastructure.Tests.Mongo;

/// <summary>Without a server: every document survives a BSON round trip under the camelCase names, and startup checks fail fast.</summary>
public sealed class MongoDocumentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, 123, TimeSpan.Zero);

    static MongoDocumentTests() => MongoMapping.Register();

    [Fact]
    public void Message_RoundTripsThroughBsonWithEveryField()
    {
        var message = Message.Rehydrate(
            "m1", "c1", "s1", "u1", 7, new MessageDraft(MessageType.Image, "caption", new MediaAttachment("/media/a.png", "/media/t.png", 1.5, 42, "a.png", "image/png", 640, 480), new Location(1, 2, "addr", "name"))
            {
                System = new SystemInfo("member_joined", "u2", "Bob"),
                Mentions = ["u2", "u3"],
            },
            false, "m0", "k1", At, At, new MessageRevision(9)
            {
                DeletedBy = "u1", EditedAt = At, Reactions = [new Reaction("👍", ["u1", "u2"])], PinnedAt = At, PinnedBy = "u1",
            });

        var bson = MongoRows.ToDocument(message).ToBsonDocument();
        var back = MongoRows.ToMessage(BsonSerializer.Deserialize<MessageDocument>(bson));

        // Exactly the message's fields (the media ones come from a base class): no discriminator, nothing more.
        bson.Names.Should().BeEquivalentTo(["_id", "chatId", "sortieId", "senderId", "seq", "type", "content", "searchTokens", "mediaUrl", "thumbnailUrl", "mediaDuration",
            "fileSize", "fileName", "mimeType", "width", "height", "location", "system", "mentions", "isDeleted", "replyTo", "clientMessageId", "createdAt", "updatedAt",
            "changeSeq", "deletedBy", "editedAt", "reactions", "pinnedAt", "pinnedBy"]);
        bson["type"].AsString.Should().Be("image");
        bson["createdAt"].BsonType.Should().Be(BsonType.DateTime);
        back.Should().BeEquivalentTo(message, o => o.Excluding(m => m.DomainEvents));
    }

    [Fact]
    public void Message_SearchTokens_HoldTheWordsOfItsTextAndFileNameUntilDeleted()
    {
        var media = new MediaAttachment("/media/a.pdf", null, null, 42, "Plan-Randonnée.pdf", "application/pdf", null, null);
        var shown = Message.Rehydrate("m1", "c1", "s1", "u1", 7, new MessageDraft(MessageType.File, "Le PLAN", media, null), false, null, null, At, At, new MessageRevision(7));
        var deleted = Message.Rehydrate("m2", "c1", "s1", "u1", 8, new MessageDraft(MessageType.Text, null, null, null), true, null, null, At, At, new MessageRevision(9));

        MongoRows.ToDocument(shown).ToBsonDocument()["searchTokens"].AsBsonArray.Select(t => t.AsString).Should().Equal("le", "plan", "randonnee", "pdf");
        MongoRows.ToDocument(deleted).ToBsonDocument()["searchTokens"].AsBsonArray.Should().BeEmpty();
    }

    [Fact]
    public void Upload_RoundTripsThroughBsonWithEveryField()
    {
        var upload = Upload.Rehydrate(
            "up1", "u1", "s1", MessageType.Image, new MediaAttachment("/media/a.png", "/media/t.png", null, 42, "a.png", "image/png", 640, 480), At, At, true);

        var bson = MongoRows.ToDocument(upload).ToBsonDocument();
        var back = MongoRows.ToUpload(BsonSerializer.Deserialize<UploadDocument>(bson));

        bson.Names.Should().BeEquivalentTo(["_id", "uploaderId", "sortieId", "type", "createdAt", "usedAt", "isDiscarding", "mediaUrl", "thumbnailUrl",
            "mediaDuration", "fileSize", "fileName", "mimeType", "width", "height"]);
        back.Should().BeEquivalentTo(upload, o => o.Excluding(u => u.DomainEvents));
    }

    [Fact]
    public void EveryOtherDocument_RoundTripsThroughBson()
    {
        RoundTrip(new UserDocument { Id = "u1", Email = "a@b.c", DisplayName = "A", PasswordHash = "h", CreatedAt = At, Kind = "local" });
        RoundTrip(new SortieDocument { Id = "s1", ChatId = "c1", CreatorId = "u1", Title = "T", StartsAt = At, CreatedAt = At, MaxParticipants = 3, AcceptedCount = 1, Location = new LocationDocument { Latitude = 1, Longitude = 2 } });
        RoundTrip(new ParticipationDocument { Id = "p1", SortieId = "s1", UserId = "u1", Status = "ACCEPTEE", CreatedAt = At, UpdatedAt = At });
        RoundTrip(new ChatDocument { Id = "c1", SortieId = "s1", Name = "T", Members = ["u1", "u2"], LastSeq = 9, ChangeSeq = 12, LastMessageId = "m9", CooldownSeconds = 5, CreatedAt = At, UpdatedAt = At });
        RoundTrip(new ChatMemberDocument { Id = "c1:u1", ChatId = "c1", UserId = "u1", Role = nameof(ChatRole.Member), JoinedAt = At, LastReadSeq = 4, LastSentAt = At });
    }

    [Fact]
    public void Chat_FromItsDocumentAndReadStates_KeepsMembersAndWatermarks()
    {
        var chat = MongoRows.ToChat(
            new ChatDocument { Id = "c1", SortieId = "s1", Name = "T", Members = ["u1"], LastSeq = 9, CreatedAt = At, UpdatedAt = At },
            [new ChatMemberDocument { Id = "c1:u1", ChatId = "c1", UserId = "u1", Role = "Creator", JoinedAt = At, LastReadSeq = 4 }]);

        chat.FindMember("u1")!.Should().Match<ChatMember>(m => m.Role == ChatRole.Creator && m.LastReadSeq == 4);
    }

    [Fact]
    public async Task Startup_AgainstAClosedLocalPort_FailsWithOneClearLineWithinSeconds()
    {
        using var context = new MongoContext(
            new MongoOptions { ConnectionString = "mongodb://127.0.0.1:1/?directConnection=true", ServerSelectionTimeoutSeconds = 1 },
            NullLogger<MongoContext>.Instance);
        var watch = Stopwatch.StartNew();

        var start = () => context.InitializeAsync(TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<StartupException>()).Which.Message.Should().Contain("cannot be reached").And.NotContain("\n");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a wrong address fails fast instead of hanging");
    }

    [Theory]
    [InlineData(null, "ConnectionStrings:Mongo is not set")]
    [InlineData("http://not-mongo", "not a valid MongoDB connection string")]
    public void Startup_WithoutAUsableConnectionString_SaysWhatToSet(string? connectionString, string expected)
    {
        var create = () => new MongoContext(new MongoOptions { ConnectionString = connectionString }, NullLogger<MongoContext>.Instance);

        create.Should().Throw<StartupException>().WithMessage($"*{expected}*");
    }

    private static void RoundTrip<T>(T document)
    {
        var bson = document.ToBsonDocument();
        bson.Names.Should().Contain("_id").And.OnlyContain(name => name == "_id" || char.IsLower(name[0]));
        BsonSerializer.Deserialize<T>(bson).Should().BeEquivalentTo(document);
    }
}
