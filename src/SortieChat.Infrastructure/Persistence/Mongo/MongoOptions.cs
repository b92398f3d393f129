namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary><c>ConnectionStrings:Mongo</c> and the <c>Storage:Mongo</c> section.</summary>
public sealed class MongoOptions
{
    public const string SectionName = "Storage:Mongo";

    public string? ConnectionString { get; set; }

    public string Database { get; set; } = "sortiechat";

    /// <summary>"majority" (default) or a number of nodes.</summary>
    public string WriteConcern { get; set; } = "majority";

    /// <summary>How long the first operation waits for a server: a wrong address fails fast instead of hanging.</summary>
    public int ServerSelectionTimeoutSeconds { get; set; } = 5;
}
