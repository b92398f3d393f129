using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Namotion.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using SortieChat.Api.Http;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// Each route's problem-details answers, one response per status, naming the codes (DESIGN.md section 4) the route can
/// answer with that status, in the description and in <c>x-problem-codes</c>.
/// </summary>
internal sealed class ProblemResponsesProcessor : IOperationProcessor
{
    public const string CodesExtension = "x-problem-codes";

    public bool Process(OperationProcessorContext context)
    {
        var problem = context.SchemaGenerator.GenerateWithReference<JsonSchema>(typeof(ProblemResponse).ToContextualType(), context.SchemaResolver);
        var byStatus = CodesOf(context).Distinct().GroupBy(ContractStatus.Of).OrderBy(group => group.Key);
        foreach (var codes in byStatus)
        {
            var response = new OpenApiResponse
            {
                Description = "Problem details with code " + string.Join(" or ", codes) + ".",
                ExtensionData = new Dictionary<string, object?> { [CodesExtension] = codes.ToArray() },
            };
            response.Content[ProblemFactory.ContentType] = new OpenApiMediaType { Schema = problem };
            context.OperationDescription.Operation.Responses[codes.Key.ToString(CultureInfo.InvariantCulture)] = response;
        }

        return true;
    }

    private static IEnumerable<string> CodesOf(OperationProcessorContext context)
    {
        if (!TokenAndQueryProcessor.IsAnonymous(context))
        {
            yield return ErrorCodes.Unauthorized;
        }

        if (((AspNetCoreOperationProcessorContext)context).ApiDescription.ParameterDescriptions.Any(parameter => parameter.Source == BindingSource.Body))
        {
            yield return ErrorCodes.ValidationFailed;
            yield return HttpErrorCodes.BodyTooLarge;
            yield return RequestErrorCodes.UnsupportedMediaType;
        }

        foreach (var code in context.MethodInfo.GetCustomAttribute<ProblemCodesAttribute>()?.Codes ?? [])
        {
            yield return code;
        }
    }
}
