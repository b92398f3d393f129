using SortieChat.Domain.Common;

namespace SortieChat.Domain.Sorties;

public static class SortieErrors
{
    public static readonly Error CreatorCannotJoin = Error.Forbidden("The creator of a sortie is already in it and cannot ask to join.");

    public static readonly Error Full = new(ErrorCodes.SortieFull, "The sortie is full: no one more can be accepted.");

    public static readonly Error NotFound = Error.NotFound("The sortie");
}
