import type { ChatConnection, MessageDto } from "@sortiechat/client";
import { api } from "../session";

// The caller's changes to a message (DESIGN.md section 8), through the hub while it is connected and REST otherwise;
// each resolves with the message as it now is, and the room also gets it as messageUpdated.

function live(hub: ChatConnection | null): hub is ChatConnection {
  return hub?.status === "connected";
}

export function editMessage(hub: ChatConnection | null, messageId: string, content: string): Promise<MessageDto> {
  return live(hub) ? hub.editMessage({ messageId, content }) : api.messages.edit(messageId, { content });
}

export function react(hub: ChatConnection | null, messageId: string, emoji: string, on: boolean): Promise<MessageDto> {
  if (live(hub)) {
    return hub.react({ messageId, emoji, on });
  }
  return on ? api.messages.addReaction(messageId, emoji) : api.messages.removeReaction(messageId, emoji);
}

/** Pins are REST only. */
export function togglePin(message: MessageDto): Promise<MessageDto> {
  return message.pinnedAt ? api.messages.unpin(message.id) : api.messages.pin(message.id);
}
