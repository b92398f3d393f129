namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>The <c>Storage:Sqlite</c> section.</summary>
public sealed class SqliteOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>Relative paths resolve against the content root.</summary>
    public string Path { get; set; } = "data/sortiechat.db";
}
