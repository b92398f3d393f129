using System.Reflection;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// The upload binds no parameter (it streams the form by hand), so its body is described here: multipart with the
/// <c>sortieId</c> field first, then <c>file</c>, the order the server reads them in.
/// </summary>
internal sealed class MultipartUploadProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        if (context.MethodInfo.GetCustomAttribute<MultipartUploadAttribute>() is null)
        {
            return true;
        }

        var form = new JsonSchema { Type = JsonObjectType.Object };
        form.Properties["sortieId"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Description = "The sortie whose chat the file is for. Sent before the file.",
        };
        form.Properties["file"] = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Format = JsonFormatStrings.Binary,
            Description = "The file; its type is read from its bytes.",
        };
        form.RequiredProperties.Add("sortieId");
        form.RequiredProperties.Add("file");

        var body = new OpenApiRequestBody
        {
            IsRequired = true,
            Description = "multipart/form-data: the sortieId field first, then file.",
        };
        body.Content["multipart/form-data"] = new OpenApiMediaType { Schema = form };
        context.OperationDescription.Operation.RequestBody = body;
        context.OperationDescription.Operation.Tags = ["Messages"];
        return true;
    }
}
