using FluentValidation;

namespace SortieChat.Application.Common.Validation;

public static class IdRules
{
    /// <summary>Ids are UUIDs written with hyphens (UUIDv7 when the server made them).</summary>
    public static bool IsWellFormedId(string? value) => value is { Length: 36 } && Guid.TryParseExact(value, "D", out _);

    public static IRuleBuilderOptions<T, string> MustBeId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsWellFormedId).WithMessage("'{PropertyName}' must be an id (a UUID such as 0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b).");

    public static IRuleBuilderOptions<T, string?> MustBeIdWhenPresent<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsWellFormedId(value))
            .WithMessage("'{PropertyName}' must be an id (a UUID such as 0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b).");
}
