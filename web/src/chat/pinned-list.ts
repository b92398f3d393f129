import type { MessageDto } from "@sortiechat/client";
import { h, replaceChildren } from "../dom";
import { t } from "../i18n";
import { api } from "../session";
import { previewOf } from "../preview";
import { icon } from "../icons";

/**
 * The chat's pinned messages, newest pin first, folded under a summary at the top of the chat (hidden when there
 * are none): loaded from GET /chats/{chatId}/pins, then kept current by every message change the view sees.
 */
export class PinnedList {
  readonly element: HTMLDetailsElement;
  private readonly summary = h("summary", {});
  private readonly list = h("ul", { class: "pinned-list", "aria-label": t("pinnedMessagesList") });
  private readonly pins = new Map<string, MessageDto>();
  /** While the list loads: the latest live change per message, applied over the answer when it is older. */
  private changedWhileLoading: Map<string, MessageDto | null> | null = null;

  constructor(private readonly nameOf: (senderId: string | null) => string, private readonly reveal: (messageId: string) => void) {
    this.element = h("details", { class: "pinned-panel", hidden: true }, this.summary, this.list);
  }

  /** Call once the room is joined, so that a change the answer misses arrives live. */
  async load(chatId: string): Promise<void> {
    const changed = new Map<string, MessageDto | null>();
    this.changedWhileLoading = changed;
    try {
      const pinned = await api.chats.listPins(chatId);
      this.pins.clear();
      pinned.forEach((message) => this.pins.set(message.id, message));
    } finally {
      this.changedWhileLoading = null;
    }
    changed.forEach((message, messageId) => (message ? this.apply(message) : this.pins.delete(messageId)));
    this.draw();
  }

  /** A message as it now is: listed while pinned and not deleted. */
  apply(message: MessageDto): void {
    const recorded = this.changedWhileLoading?.get(message.id);
    if (this.changedWhileLoading && recorded !== null && (recorded?.changeSeq ?? -1) <= message.changeSeq) {
      this.changedWhileLoading.set(message.id, message);
    }
    const known = this.pins.get(message.id);
    if (known && known.changeSeq > message.changeSeq) {
      return;
    }
    if (message.pinnedAt && !message.isDeleted) {
      this.pins.set(message.id, message);
    } else if (!this.pins.delete(message.id)) {
      return;
    }
    this.draw();
  }

  /** A deleted message (the event carries no message): never listed again. */
  remove(messageId: string): void {
    this.changedWhileLoading?.set(messageId, null);
    if (this.pins.delete(messageId)) {
      this.draw();
    }
  }

  /** Names and language may have changed since the list was drawn. */
  draw(): void {
    const sorted = [...this.pins.values()].sort((a, b) => Date.parse(b.pinnedAt!) - Date.parse(a.pinnedAt!));
    this.element.hidden = sorted.length === 0;
    replaceChildren(this.summary, icon("thumbtack"), t("pinnedMessages", { count: sorted.length }));
    replaceChildren(
      this.list,
      ...sorted.map((message) => {
        const name = this.nameOf(message.senderId);
        return h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "quote", "aria-label": t("showPinned", { name }), onclick: () => this.reveal(message.id) },
            h("span", { class: "quote-sender" }, name),
            h("span", { class: "quote-text" }, previewOf(message)),
          ),
        );
      }),
    );
  }
}
