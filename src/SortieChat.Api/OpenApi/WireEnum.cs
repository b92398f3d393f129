namespace SortieChat.Api.OpenApi;

/// <summary>A set of string values the wire takes, shown in the document as a named string enum.</summary>
internal sealed record WireEnum(string Name, string Description, IReadOnlyList<string> Values);
