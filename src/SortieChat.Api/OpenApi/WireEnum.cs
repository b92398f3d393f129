namespace SortieChat.Api.OpenApi;

/// <summary>
/// A set of string values the wire takes, shown in the document as a named string enum; <paramref name="MemberNames"/>
/// (x-enumNames) name the values in generated code where the wire's own words are not English.
/// </summary>
internal sealed record WireEnum(string Name, string Description, IReadOnlyList<string> Values, IReadOnlyList<string>? MemberNames = null);
