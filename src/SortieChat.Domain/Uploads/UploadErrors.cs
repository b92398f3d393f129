using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Domain.Uploads;

public static class UploadErrors
{
    /// <summary>Unknown, someone else's, or being discarded: the same answer, so that nobody learns another's uploads.</summary>
    public static readonly Error NotYours = Error.Validation("mediaUrl", "'Media Url' must be a file you uploaded to this server.");

    public static readonly Error InUse = new(ErrorCodes.Conflict, "A message shows this upload.");

    public static Error OfAnotherType(MessageType type) => Error.Validation("type", $"The upload is a file of type '{type.ToName()}': send it as such.");
}
