using FluentValidation.Results;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.Validation;

/// <summary>Validator failures as one <c>validation_failed</c> error keyed by the camelCase paths clients send.</summary>
public static class ValidationFailures
{
    public static Error ToError(IEnumerable<ValidationFailure> failures)
    {
        var fields = failures
            .GroupBy(f => FieldNames.ToCamelCasePath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return new Error(ErrorCodes.ValidationFailed, "One or more fields are invalid.") { Fields = fields };
    }
}
