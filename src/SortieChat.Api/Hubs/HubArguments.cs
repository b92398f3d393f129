using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Hubs;

/// <summary>
/// Binds the raw arguments that <see cref="RawArgumentsProtocol"/> read to the hub method's parameter types, with the
/// JSON contract of the hub (the same for both protocols): a value of the wrong kind is validation_failed, naming the field.
/// </summary>
internal static class HubArguments
{
    // GetParameters copies its array on every call: read once per hub method, not once per invocation.
    private static readonly ConcurrentDictionary<MethodInfo, Type[]> ParameterTypes = new();

    public static Result<object?[]> Bind(MethodInfo method, IReadOnlyList<object?> arguments, JsonSerializerOptions options)
    {
        var parameters = ParameterTypes.GetOrAdd(method, m => [.. m.GetParameters().Select(p => p.ParameterType)]);
        var bound = new object?[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is not JsonElement raw || parameters[i] == typeof(JsonElement))
            {
                bound[i] = arguments[i];
                continue;
            }

            try
            {
                // MessagePack's nil arrives as an undefined element; both mean "no argument", as SignalR would bind them.
                bound[i] = raw.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : raw.Deserialize(parameters[i], options);
            }
            catch (JsonException exception)
            {
                var field = FieldOf(exception.Path);
                return Error.Validation(field, $"{field}: the value is not of the expected type.");
            }
        }

        return bound;
    }

    /// <summary>"$.location.latitude" is the client's "location.latitude"; the argument itself is "body", as for REST.</summary>
    private static string FieldOf(string? path) => path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
