using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>Binding and JSON errors (malformed JSON, wrong types, missing body) as 400 validation_failed with the field.</summary>
internal static class ModelStateProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var fields = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => FieldName(entry.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value!.Errors).Select(Describe).Distinct().ToArray());
        var error = new Error(ErrorCodes.ValidationFailed, "The request could not be read: " + string.Join(" ", fields.Values.SelectMany(v => v)))
        {
            Fields = fields,
        };
        return ResultResponses.ProblemResult(context.HttpContext, error);
    }

    /// <summary>"$.location.latitude" or "request.maxParticipants" becomes the client's "location.latitude" / "maxParticipants".</summary>
    private static string FieldName(string key)
    {
        var name = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        if (name is "$" or "" or "request" or "body")
        {
            return "body";
        }

        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && name[..dot] is "request" or "body")
        {
            name = name[(dot + 1)..];
        }

        return string.Join('.', name.Split('.').Select(part => part.Length > 0 ? char.ToLowerInvariant(part[0]) + part[1..] : part));
    }

    private static string Describe(ModelError error) =>
        error.Exception is not null || string.IsNullOrEmpty(error.ErrorMessage) ? "The value is not valid JSON of the expected type." : Clean(error.ErrorMessage);

    private static string Clean(string message) =>
        message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) ? "The value is not of the expected type."
        : message.Contains("Path:", StringComparison.Ordinal) ? "The JSON is malformed."
        : message;
}
