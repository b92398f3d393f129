using MongoDB.Driver;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>The six collections of DESIGN.md section 2, and the uploads.</summary>
internal sealed class MongoCollections(IMongoDatabase database)
{
    public IMongoDatabase Database { get; } = database;

    public IMongoCollection<UserDocument> Users { get; } = database.GetCollection<UserDocument>("users");

    public IMongoCollection<SortieDocument> Sorties { get; } = database.GetCollection<SortieDocument>("sorties");

    public IMongoCollection<ParticipationDocument> Participations { get; } = database.GetCollection<ParticipationDocument>("participations");

    public IMongoCollection<ChatDocument> Chats { get; } = database.GetCollection<ChatDocument>("chats");

    public IMongoCollection<MessageDocument> Messages { get; } = database.GetCollection<MessageDocument>("messages");

    public IMongoCollection<UploadDocument> Uploads { get; } = database.GetCollection<UploadDocument>("uploads");

    public IMongoCollection<ChatMemberDocument> ReadStates { get; } = database.GetCollection<ChatMemberDocument>("readStates");
}
