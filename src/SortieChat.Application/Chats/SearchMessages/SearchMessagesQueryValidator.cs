using FluentValidation;
using Microsoft.Extensions.Options;
using SortieChat.Application.Common;
using SortieChat.Application.Common.Validation;
using SortieChat.Application.Messages.Search;

namespace SortieChat.Application.Chats.SearchMessages;

public sealed class SearchMessagesQueryValidator : AbstractValidator<SearchMessagesQuery>
{
    public SearchMessagesQueryValidator(IOptions<LimitsOptions> limits)
    {
        RuleFor(x => x.ChatId).MustBeId();
        RuleFor(x => x.Q).Cascade(CascadeMode.Stop)
            .MaximumLength(SearchTerms.MaxQueryLength)
            .Must(q => SearchTokenizer.Words(q).Count > 0).WithMessage("'q' must hold at least one word (letters or digits).")
            .Must(q => SearchTokenizer.Words(q).Count <= SearchTerms.MaxWords).WithMessage($"'q' may hold at most {SearchTerms.MaxWords} words.");
        RuleFor(x => x.Limit).InclusiveBetween(1, limits.Value.MaxPageSize);
        RuleFor(x => x.Before).MustBeIdWhenPresent();
    }
}
