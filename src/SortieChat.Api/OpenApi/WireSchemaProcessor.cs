using NJsonSchema;
using NJsonSchema.Generation;
using NSwag;
using SortieChat.Api.Contracts;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// Makes each schema say what the wire does: every field of an answer is always present (null when absent, never
/// omitted); a request field may be left out only when it may be null; closed sets of strings are named enums
/// (<see cref="WireEnums"/>).
/// </summary>
internal sealed class WireSchemaProcessor : ISchemaProcessor
{
    /// <summary>Nullable in C# only so that a missing value reaches the validator (400 validation_failed): required on the wire.</summary>
    private static readonly HashSet<(Type Type, string Property)> RequiredRequestFields =
    [
        (typeof(CreateSortieRequest), nameof(CreateSortieRequest.StartsAt)),
        (typeof(SendMessageRequest), nameof(SendMessageRequest.Type)),
        (typeof(ChangeParticipationStatusRequest), nameof(ChangeParticipationStatusRequest.Status)),
        (typeof(SetSlowModeRequest), nameof(SetSlowModeRequest.CooldownSeconds)),
    ];

    public void Process(SchemaProcessorContext context)
    {
        var type = context.ContextualType.Type;
        var isRequest = type.Namespace == typeof(SendMessageRequest).Namespace;
        foreach (var (name, property) in context.Schema.Properties)
        {
            var clrName = char.ToUpperInvariant(name[0]) + name[1..];
            if (RequiredRequestFields.Contains((type, clrName)))
            {
                property.IsNullableRaw = null;
                property.IsRequired = true;
            }
            else
            {
                property.IsRequired = !isRequest || !property.IsNullable(SchemaType.OpenApi3);
            }

            if (WireEnums.For(type, clrName) is { } wire)
            {
                property.Type = JsonObjectType.None;
                property.Reference = EnumSchema(context.Resolver, wire);
            }
        }

        if (type == typeof(ProblemResponse) && context.Schema.Properties.TryGetValue("errors", out var errors))
        {
            errors.IsRequired = false;
        }
    }

    private static JsonSchema EnumSchema(JsonSchemaResolver resolver, WireEnum wire)
    {
        var definitions = ((OpenApiDocument)resolver.RootObject).Definitions;
        if (definitions.TryGetValue(wire.Name, out var existing))
        {
            return existing;
        }

        var schema = new JsonSchema { Type = JsonObjectType.String, Description = wire.Description };
        foreach (var value in wire.Values)
        {
            schema.Enumeration.Add(value);
        }

        foreach (var name in wire.MemberNames ?? [])
        {
            schema.EnumerationNames.Add(name);
        }

        definitions[wire.Name] = schema;
        return schema;
    }
}
