import type { MessageDto } from "@sortiechat/client";
import { h } from "../dom";
import { t } from "../i18n";

/** The picker's few common emoji (DESIGN.md section 8 takes any single emoji; these cover most answers). */
export const commonEmoji = ["👍", "❤️", "😂", "😮", "😢", "🎉"] as const;

/** Adds (on) or removes the caller's reaction. */
export type ToggleReaction = (message: MessageDto, emoji: string, on: boolean) => void;

/** The reactions under a message as chips "emoji count", pressed when the caller is among those who reacted; a click toggles. */
export function reactionChips(message: MessageDto, me: string, nameOf: (userId: string) => string, toggle: ToggleReaction): HTMLElement | null {
  if (message.isDeleted || message.reactions.length === 0) {
    return null;
  }
  return h(
    "div",
    { class: "reactions", role: "group", "aria-label": t("reactions") },
    ...message.reactions.map((reaction) => {
      const mine = reaction.userIds.includes(me);
      return h(
        "button",
        {
          type: "button",
          class: `reaction${mine ? " mine" : ""}`,
          "aria-pressed": String(mine),
          title: reaction.userIds.map(nameOf).join(", "),
          onclick: () => toggle(message, reaction.emoji, !mine),
        },
        `${reaction.emoji} ${reaction.count}`,
      );
    }),
  );
}

/** The row of common emoji opened from a message's "React" button; one already chosen by the caller is pressed and removes it. */
export function reactionPicker(message: MessageDto, me: string, react: (emoji: string, on: boolean) => void, close: () => void): HTMLElement {
  return h(
    "div",
    {
      class: "reaction-picker",
      role: "group",
      "aria-label": t("reactionPicker"),
      onkeydown: (event: Event) => (event as KeyboardEvent).key === "Escape" && close(),
    },
    ...commonEmoji.map((emoji) => {
      const mine = message.reactions.some((reaction) => reaction.emoji === emoji && reaction.userIds.includes(me));
      return h(
        "button",
        { type: "button", class: "ghost small emoji", "aria-label": t("reactWith", { emoji }), "aria-pressed": String(mine), onclick: () => react(emoji, !mine) },
        emoji,
      );
    }),
  );
}
