using Microsoft.AspNetCore.Authorization;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// Every route needs the bearer token unless it allows anonymous callers (the fallback policy, not an attribute, makes
/// the rest private); query parameters go by their camelCase wire names.
/// </summary>
internal sealed class TokenAndQueryProcessor(string scheme) : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        if (!IsAnonymous(context))
        {
            operation.Security = [new OpenApiSecurityRequirement { [scheme] = [] }];
        }

        foreach (var parameter in operation.Parameters.Where(parameter => parameter.Kind == OpenApiParameterKind.Query))
        {
            parameter.Name = char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
        }

        return true;
    }

    public static bool IsAnonymous(OperationProcessorContext context) =>
        ((AspNetCoreOperationProcessorContext)context).ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
}
