using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using SortieChat.Application.Messages.Search;
using SortieChat.Infrastructure.Persistence.Mongo;

namespace SortieChat.Infrastructure.Tests.Mongo;

/// <summary>
/// Without a server: every filter, sort, update and index the Mongo adapter issues, rendered to BSON and compared
/// with the document a MongoDB shell user would write, so a wrong field name or a missing index fails here.
/// </summary>
public sealed class MongoRenderingTests
{
    static MongoRenderingTests() => MongoMapping.Register();

    public static TheoryData<string, string> Filters => new()
    {
        { Render(MongoQueries.UserById("u1")), "{ \"_id\" : \"u1\" }" },
        { Render(MongoQueries.LocalUserByEmail("a@b.c")), "{ \"kind\" : \"local\", \"email\" : \"a@b.c\" }" },
        { Render(MongoQueries.UserByExternalSubject("auth0|1")), "{ \"externalSubject\" : \"auth0|1\" }" },
        { Render(MongoQueries.UsersByIds(["u1", "u2"])), "{ \"_id\" : { \"$in\" : [\"u1\", \"u2\"] } }" },
        { Render(MongoQueries.SortieById("s1")), "{ \"_id\" : \"s1\" }" },
        { Render(MongoQueries.SortiesByIds(["s1"])), "{ \"_id\" : { \"$in\" : [\"s1\"] } }" },
        { Render(MongoQueries.ParticipationById("p1")), "{ \"_id\" : \"p1\" }" },
        { Render(MongoQueries.ParticipationOf("s1", "u1")), "{ \"sortieId\" : \"s1\", \"userId\" : \"u1\" }" },
        { Render(MongoQueries.ParticipationsOfSortie("s1")), "{ \"sortieId\" : \"s1\" }" },
        { Render(MongoQueries.ChatById("c1")), "{ \"_id\" : \"c1\" }" },
        { Render(MongoQueries.ChatBySortie("s1")), "{ \"sortieId\" : \"s1\" }" },
        { Render(MongoQueries.ChatsOfMember("u1")), "{ \"members\" : \"u1\" }" },
        { Render(MongoQueries.ReadStatesOfChats(["c1"])), "{ \"chatId\" : { \"$in\" : [\"c1\"] } }" },
        { Render(MongoQueries.MessageById("m1")), "{ \"_id\" : \"m1\" }" },
        { Render(MongoQueries.MessagesByIds(["m1"])), "{ \"_id\" : { \"$in\" : [\"m1\"] } }" },
        { Render(MongoQueries.MessageByClientId("c1", "u1", "k1")), "{ \"chatId\" : \"c1\", \"senderId\" : \"u1\", \"clientMessageId\" : \"k1\" }" },
        { Render(MongoQueries.MediaInUse("/media/x")), "{ \"$or\" : [{ \"mediaUrl\" : \"/media/x\" }, { \"thumbnailUrl\" : \"/media/x\" }] }" },
        { Render(MongoQueries.Older("c1", null)), "{ \"chatId\" : \"c1\" }" },
        { Render(MongoQueries.Older("c1", 7)), "{ \"chatId\" : \"c1\", \"seq\" : { \"$lt\" : 7 } }" },
        { Render(MongoQueries.Newer("c1", 7)), "{ \"chatId\" : \"c1\", \"seq\" : { \"$gt\" : 7 } }" },
        { Render(MongoUpdates.ChatAtSeq("c1", 4, 6)), "{ \"_id\" : \"c1\", \"lastSeq\" : 4, \"changeSeq\" : 6 }" },
        { Render(MongoUpdates.ChatAtChange("c1", 6)), "{ \"_id\" : \"c1\", \"changeSeq\" : 6 }" },
        { Render(MongoQueries.ChangedAfter("c1", 6)), "{ \"chatId\" : \"c1\", \"changeSeq\" : { \"$gt\" : 6 } }" },
        { Render(MongoQueries.MembersOfChat("c1", ["u1"])), "{ \"_id\" : \"c1:u1\" }" },
        { Render(MongoQueries.MembersOfChat("c1", ["u1", "u2"])), "{ \"_id\" : { \"$in\" : [\"c1:u1\", \"c1:u2\"] } }" },
        {
            Render(MongoQueries.UnreadMentionsOf("u1", [new("c1", 4), new("c2", 0)])),
            "{ \"$or\" : [{ \"mentions\" : \"u1\", \"chatId\" : \"c1\", \"seq\" : { \"$gt\" : 4 } }, { \"mentions\" : \"u1\", \"chatId\" : \"c2\", \"seq\" : { \"$gt\" : 0 } }] }"
        },
        { Render(MongoQueries.MentioningAfter("c1", 3)), "{ \"chatId\" : \"c1\", \"seq\" : { \"$gt\" : 3 }, \"mentions.0\" : { \"$exists\" : true } }" },
        { Render(MongoQueries.PinnedIn("c1")), "{ \"chatId\" : \"c1\", \"pinnedAt\" : { \"$type\" : 9 } }" },
        { Render(MongoMigrations.ChatsWithoutChangeSeq), "{ \"changeSeq\" : { \"$exists\" : false } }" },
        { Render(MongoMigrations.MessagesWithoutChangeSeq), "{ \"changeSeq\" : { \"$exists\" : false } }" },
        { Render(MongoMigrations.MessagesWithoutSearchTokens), "{ \"searchTokens\" : { \"$exists\" : false } }" },
        { Render(MongoUpdates.ParticipationIn("p1", "EN_ATTENTE")), "{ \"_id\" : \"p1\", \"status\" : \"EN_ATTENTE\" }" },
        { Render(MongoUpdates.ReadStateOf("c1", "u1")), "{ \"_id\" : \"c1:u1\" }" },
        { Render(MongoQueries.UploadByUrl("/media/x")), "{ \"mediaUrl\" : \"/media/x\" }" },
        { Render(MongoQueries.UploadsOf("u1")), "{ \"uploaderId\" : \"u1\" }" },
        { Render(MongoQueries.UnusedUploads(At)), "{ \"usedAt\" : null, \"createdAt\" : { \"$lt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.AttachableUpload("up1")), "{ \"_id\" : \"up1\", \"isDiscarding\" : false }" },
        { Render(MongoUpdates.UnusedUpload("up1")), "{ \"_id\" : \"up1\", \"usedAt\" : null }" },
    };

    public static TheoryData<string, string> Updates => new()
    {
        { Render(MongoUpdates.NextChange()), "{ \"$inc\" : { \"changeSeq\" : 1 } }" },
        { Render(MongoUpdates.NextSeq("m9", At)), "{ \"$inc\" : { \"lastSeq\" : 1, \"changeSeq\" : 1 }, \"$set\" : { \"lastMessageId\" : \"m9\", \"updatedAt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.AddMember("u1")), "{ \"$addToSet\" : { \"members\" : \"u1\" } }" },
        { Render(MongoUpdates.RemoveMember("u1")), "{ \"$pull\" : { \"members\" : \"u1\" } }" },
        { Render(MongoUpdates.ReadUpTo(12)), "{ \"$max\" : { \"lastReadSeq\" : 12 } }" },
        { Render(MongoUpdates.Sent(12, At)), "{ \"$max\" : { \"lastReadSeq\" : 12 }, \"$set\" : { \"lastSentAt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.SlowMode(30, At)), "{ \"$set\" : { \"cooldownSeconds\" : 30, \"updatedAt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.AcceptedCount(3)), "{ \"$set\" : { \"acceptedCount\" : 3 } }" },
        { Render(MongoUpdates.Status("ACCEPTEE", At)), "{ \"$set\" : { \"status\" : \"ACCEPTEE\", \"updatedAt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.Deactivate(At)), "{ \"$set\" : { \"deactivatedAt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.Used(At)), "{ \"$set\" : { \"usedAt\" : { \"$date\" : \"2026-11-25T10:00:00Z\" } } }" },
        { Render(MongoUpdates.Discarding()), "{ \"$set\" : { \"isDiscarding\" : true } }" },
        { Render(MongoMigrations.SetSearchTokens(["cafe", "creme"])), "{ \"$set\" : { \"searchTokens\" : [\"cafe\", \"creme\"] } }" },
    };

    private static DateTimeOffset At => new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Filters))]
    public void Filter_RendersToTheExpectedDocument(string rendered, string expected) => rendered.Should().Be(expected);

    [Theory]
    [MemberData(nameof(Updates))]
    public void Update_RendersToTheExpectedDocument(string rendered, string expected) => rendered.Should().Be(expected);

    [Fact]
    public void Migrations_FillChangeSeqFromTheSeqsAndDeletedByFromTheSender()
    {
        RenderPipeline(MongoMigrations.ChangeSeqFromLastSeq).Should().Be("[{ \"$set\" : { \"changeSeq\" : \"$lastSeq\" } }]");
        RenderPipeline(MongoMigrations.ChangeSeqFromSeq).Should().Be(
            "[{ \"$set\" : { \"changeSeq\" : \"$seq\", \"deletedBy\" : { \"$cond\" : [\"$isDeleted\", \"$senderId\", null] } } }]");
    }

    [Fact]
    public void Search_AllFullWordsAndTheLastAsAnAnchoredPrefix_BelowTheCursor()
    {
        var terms = SearchTerms.Parse("Café crème br")!;

        var rendered = Render(MongoQueries.Search("c1", terms, 40));

        rendered.Should().Be(
            "{ \"$and\" : [{ \"chatId\" : \"c1\" }, { \"searchTokens\" : { \"$all\" : [\"cafe\", \"creme\"] } }, "
            + "{ \"searchTokens\" : { \"$regularExpression\" : { \"pattern\" : \"^br\", \"options\" : \"\" } } }, { \"seq\" : { \"$lt\" : 40 } }] }");
    }

    [Fact]
    public void Search_OneWord_IsOnlyAPrefixAndRegexCharactersAreEscaped()
    {
        var rendered = Render(MongoQueries.Search("c1", new SearchTerms([], "a.b"), 7));

        rendered.Should().Be(
            "{ \"chatId\" : \"c1\", \"searchTokens\" : { \"$regularExpression\" : { \"pattern\" : \"^a\\\\.b\", \"options\" : \"\" } }, \"seq\" : { \"$lt\" : 7 } }");
    }

    [Fact]
    public void Sorts_RenderNewestOrOldestFirst()
    {
        Render(MongoQueries.NewestFirst).Should().Be("{ \"seq\" : -1 }");
        Render(MongoQueries.OldestFirst).Should().Be("{ \"seq\" : 1 }");
        Render(MongoQueries.InChangeOrder).Should().Be("{ \"changeSeq\" : 1 }");
        Render(MongoQueries.NewestPinFirst).Should().Be("{ \"pinnedAt\" : -1 }");
        Render(MongoQueries.MostRecentChatsFirst).Should().Be("{ \"updatedAt\" : -1, \"_id\" : -1 }");
        Render(MongoQueries.NewestSortiesFirst).Should().Be("{ \"createdAt\" : -1, \"_id\" : -1 }");
        Render(MongoQueries.OldestParticipationsFirst).Should().Be("{ \"createdAt\" : 1, \"_id\" : 1 }");
        Render(MongoQueries.OldestUploadsFirst).Should().Be("{ \"createdAt\" : 1 }");
    }

    [Fact]
    public void StoredBytes_SumsTheSizesOfOneUploadersUploads()
    {
        var stages = MongoQueries.StoredBytesOf("u1").Render(Args<UploadDocument>()).Documents.Select(d => d.ToJson());

        stages.Should().Equal(
            "{ \"$match\" : { \"uploaderId\" : \"u1\" } }",
            "{ \"$group\" : { \"_id\" : \"$uploaderId\", \"bytes\" : { \"$sum\" : \"$fileSize\" } } }");
    }

    [Fact]
    public void Indexes_CoverEveryQueryPathWithTheDesignedKeysAndOptions()
    {
        var indexes = new List<string>();
        indexes.AddRange(MongoIndexes.Users.Select(Describe));
        indexes.AddRange(MongoIndexes.Participations.Select(Describe));
        indexes.AddRange(MongoIndexes.Chats.Select(Describe));
        indexes.AddRange(MongoIndexes.ReadStates.Select(Describe));
        indexes.AddRange(MongoIndexes.Messages.Select(Describe));
        indexes.AddRange(MongoIndexes.Uploads.Select(Describe));

        indexes.Should().BeEquivalentTo(
        [
            "ux_users_email { \"email\" : 1 } unique collation=en/2 partial={ \"kind\" : \"local\" }",
            "ux_users_external_subject { \"externalSubject\" : 1 } unique partial={ \"externalSubject\" : { \"$type\" : 2 } }",
            "ux_participations_sortie_user { \"sortieId\" : 1, \"userId\" : 1 } unique",
            "ux_chats_sortie { \"sortieId\" : 1 } unique",
            "ix_chats_members { \"members\" : 1, \"updatedAt\" : -1 }",
            "ux_read_states_chat_user { \"chatId\" : 1, \"userId\" : 1 } unique",
            "ux_messages_chat_seq { \"chatId\" : 1, \"seq\" : 1 } unique",
            "ux_messages_chat_change { \"chatId\" : 1, \"changeSeq\" : 1 } unique",
            "ix_messages_mentions { \"mentions\" : 1, \"chatId\" : 1, \"seq\" : 1 }",
            "ix_messages_pinned { \"chatId\" : 1, \"pinnedAt\" : -1 } partial={ \"pinnedAt\" : { \"$type\" : 9 } }",
            "ix_messages_search { \"chatId\" : 1, \"searchTokens\" : 1 }",
            "ux_messages_client_id { \"chatId\" : 1, \"senderId\" : 1, \"clientMessageId\" : 1 } unique partial={ \"clientMessageId\" : { \"$type\" : 2 } }",
            "ix_messages_media_url { \"mediaUrl\" : 1 } partial={ \"mediaUrl\" : { \"$type\" : 2 } }",
            "ix_messages_thumbnail_url { \"thumbnailUrl\" : 1 } partial={ \"thumbnailUrl\" : { \"$type\" : 2 } }",
            "ux_uploads_media_url { \"mediaUrl\" : 1 } unique",
            "ix_uploads_uploader { \"uploaderId\" : 1 }",
            "ix_uploads_unused { \"usedAt\" : 1, \"createdAt\" : 1 }",
        ]);
    }

    private static string Describe<T>(CreateIndexModel<T> model)
    {
        var keys = Render(model.Keys);
        var options = model.Options;
        var description = $"{options.Name} {keys}";
        description += options.Unique == true ? " unique" : string.Empty;
        description += options.Collation is { } collation ? $" collation={collation.Locale}/{(int)collation.Strength!}" : string.Empty;
        var partial = (options as CreateIndexOptions<T>)?.PartialFilterExpression;
        description += partial is null ? string.Empty : $" partial={Render(partial)}";
        return description;
    }

    private static string Render<T>(FilterDefinition<T> filter) => filter.Render(Args<T>()).ToJson();

    private static string Render<T>(UpdateDefinition<T> update) => update.Render(Args<T>()).AsBsonDocument.ToJson();

    private static string RenderPipeline<T>(UpdateDefinition<T> update) => update.Render(Args<T>()).ToJson();

    private static string Render<T>(SortDefinition<T> sort) => sort.Render(Args<T>()).ToJson();

    private static string Render<T>(IndexKeysDefinition<T> keys) => keys.Render(Args<T>()).ToJson();

    private static RenderArgs<T> Args<T>() => new(BsonSerializer.SerializerRegistry.GetSerializer<T>(), BsonSerializer.SerializerRegistry);
}
