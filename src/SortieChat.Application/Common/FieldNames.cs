namespace SortieChat.Application.Common;

internal static class FieldNames
{
    /// <summary>"Location.Latitude" becomes "location.latitude", as clients send it.</summary>
    public static string ToCamelCasePath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(ToCamelCase));

    private static string ToCamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
