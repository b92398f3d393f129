namespace SortieChat.Domain.Messages;

/// <summary>
/// An event after which a message reads differently (an edit, a reaction, a pin): what it changed is the message's
/// own business; subscribers of message.updated get the message as it now is.
/// </summary>
public interface IMessageUpdated : IMessageChanged;
