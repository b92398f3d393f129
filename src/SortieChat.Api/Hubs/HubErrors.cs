using SortieChat.Domain.Common;

namespace SortieChat.Api.Hubs;

internal static class HubErrors
{
    public static readonly Error MissingArgument = Error.Validation("body", "The call needs its argument object.");

    public static readonly Error ConnectionClosed = new(ErrorCodes.Conflict, "The connection closed while joining the room.");
}
