using FluentValidation;
using Microsoft.Extensions.Options;
using SortieChat.Application.Common;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.GetMessages;

public sealed class GetMessagesQueryValidator : AbstractValidator<GetMessagesQuery>
{
    public GetMessagesQueryValidator(IOptions<LimitsOptions> limits)
    {
        RuleFor(x => x).Must(x => (x.SortieId is null) != (x.ChatId is null))
            .WithName("chatId").WithMessage("Give either a sortie id or a chat id.");
        RuleFor(x => x.SortieId).MustBeIdWhenPresent();
        RuleFor(x => x.ChatId).MustBeIdWhenPresent();
        RuleFor(x => x.Limit).InclusiveBetween(1, limits.Value.MaxPageSize);
        RuleFor(x => x.Before).MustBeIdWhenPresent();
        RuleFor(x => x.After).MustBeIdWhenPresent();
        RuleFor(x => x.AfterSeq).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.ChangedAfter).GreaterThanOrEqualTo(0);
        RuleFor(x => x).Custom((query, context) =>
        {
            var given = Selectors(query).Where(s => s.Given).Select(s => s.Name).ToList();
            if (given.Count > 1)
            {
                foreach (var name in given)
                {
                    context.AddFailure(name, $"Use at most one of before, after, afterSeq, page and changedAfter (got {string.Join(", ", given)}).");
                }
            }
        });
    }

    private static IEnumerable<(string Name, bool Given)> Selectors(GetMessagesQuery query) =>
    [
        ("before", query.Before is not null),
        ("after", query.After is not null),
        ("afterSeq", query.AfterSeq is not null),
        ("page", query.Page is not null),
        ("changedAfter", query.ChangedAfter is not null),
    ];
}
