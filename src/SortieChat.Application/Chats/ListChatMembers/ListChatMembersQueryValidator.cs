using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Chats.ListChatMembers;

public sealed class ListChatMembersQueryValidator : AbstractValidator<ListChatMembersQuery>
{
    public ListChatMembersQueryValidator() => RuleFor(x => x.SortieId).MustBeId();
}
