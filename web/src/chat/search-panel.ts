import type { MessageDto } from "@sortiechat/client";
import { h, replaceChildren } from "../dom";
import { formatDateTime, t } from "../i18n";
import { icon } from "../icons";
import { api } from "../session";
import { describeError } from "../errors";
import { highlighted, matchesEvery, queryWords } from "./search-text";

const pageSize = 20;
const typingPause = 250;

export interface SearchPanelOptions {
  chatId(): string;
  nameOf(senderId: string | null): string;
  /** Brings a found message into the chat view; false when it is too far back to be loaded there. */
  show(message: MessageDto): Promise<boolean>;
}

/**
 * The chat's message search (GET /chats/{chatId}/search): a header button opens a panel with a search field; a pause
 * in typing or Enter searches, the results come newest first with the matched words marked, "More results" reads the
 * next page, and a click shows the message in the chat. A query without a letter or digit is not sent (the server
 * refuses it); an answer to an older query than the field's is dropped. Results follow the messages: a new message that
 * matches comes first, an edit shows in its result (which goes if the text no longer matches), a deleted message's
 * result goes.
 */
export class SearchPanel {
  readonly toggle: HTMLButtonElement;
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly error = h("p", { class: "form-error", role: "alert" });
  private readonly empty = h("p", { class: "muted small search-empty", role: "status" });
  private readonly results = h("ol", { class: "search-results", "aria-label": t("searchResults") });
  private readonly more: HTMLButtonElement;
  private timer = 0;
  /** Raised by every search started: an answer for an older one is dropped. */
  private generation = 0;
  private words: string[] = [];
  private query = "";
  private cursor: string | null = null;

  constructor(private readonly options: SearchPanelOptions) {
    this.toggle = h("button", {
      type: "button",
      class: "icon-button search-toggle",
      "aria-label": t("searchMessages"),
      title: t("searchMessages"),
      "aria-expanded": "false",
      "aria-controls": "chat-search-panel",
      hidden: true, // until the chat is known
      onclick: () => (this.element.hidden ? this.open() : this.close()),
    }, icon("search"));
    this.input = h("input", {
      type: "search",
      class: "search-field",
      "aria-label": t("search"),
      placeholder: t("search"),
      maxlength: 200,
      autocomplete: "off",
      oninput: () => this.schedule(),
    });
    this.more = h("button", { type: "button", class: "ghost small search-more", hidden: true, onclick: () => void this.search(true) }, t("moreResults"));
    this.element = h(
      "section",
      { class: "search-panel", id: "chat-search-panel", hidden: true, "aria-label": t("searchMessages") },
      h(
        "form",
        { role: "search", class: "search-form", onsubmit: (event: Event) => { event.preventDefault(); this.searchNow(); } },
        this.input,
        h("button", { type: "button", class: "icon-button", "aria-label": t("closeSearch"), title: t("closeSearch"), onclick: () => this.close() }, icon("close")),
      ),
      this.error,
      this.empty,
      this.results,
      this.more,
    );
    this.element.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault(); // a search field would clear itself: the query stays for next time
        this.close();
      }
    });
  }

  open(): void {
    this.element.hidden = false;
    this.toggle.setAttribute("aria-expanded", "true");
    this.input.focus();
    this.input.select();
  }

  close(): void {
    this.element.hidden = true;
    this.toggle.setAttribute("aria-expanded", "false");
    this.toggle.focus();
  }

  dispose(): void {
    window.clearTimeout(this.timer);
    this.generation++;
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.searchNow(), typingPause);
  }

  private searchNow(): void {
    window.clearTimeout(this.timer);
    this.query = this.input.value.trim();
    this.words = queryWords(this.query);
    this.cursor = null;
    void this.search(false);
  }

  /** A message just sent (on this page or another): first among the results when it matches the query on screen. */
  added(message: MessageDto): void {
    if (this.itemOf(message.id)) {
      this.changed(message);
    } else if (this.words.length > 0 && message.type !== "system" && !message.isDeleted && matchesEvery(searchedText(message), this.words)) {
      this.results.prepend(this.result(message));
      this.empty.textContent = "";
    }
  }

  /** A message as it now is (an edit or a deletion, from this page or another). */
  changed(message: MessageDto): void {
    const item = this.itemOf(message.id);
    if (!item) {
      return;
    }
    if (message.isDeleted || !matchesEvery(searchedText(message), this.words)) {
      this.removed(message.id);
    } else {
      item.replaceWith(this.result(message));
    }
  }

  /** A deleted message (the event carries only its id). */
  removed(messageId: string): void {
    const item = this.itemOf(messageId);
    if (!item) {
      return;
    }
    item.remove();
    if (this.results.childElementCount === 0 && this.more.hidden) {
      this.empty.textContent = t("noMessagesFound");
    }
  }

  private itemOf(messageId: string): HTMLElement | null {
    return this.results.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(messageId)}"]`)?.closest("li") ?? null;
  }

  private async search(more: boolean): Promise<void> {
    const generation = ++this.generation;
    this.error.textContent = "";
    this.empty.textContent = "";
    if (!more) {
      this.results.replaceChildren();
      this.more.hidden = true;
    }
    if (this.words.length === 0) {
      return;
    }
    this.more.disabled = true;
    this.element.setAttribute("aria-busy", "true");
    try {
      const page = await api.chats.searchMessages(this.options.chatId(), this.query, pageSize, this.cursor);
      if (generation !== this.generation) {
        return;
      }
      this.cursor = page.nextCursor;
      this.results.append(...page.items.map((message) => this.result(message)));
      this.more.hidden = !page.hasMore || !page.nextCursor;
      if (this.results.childElementCount === 0) {
        this.empty.textContent = t("noMessagesFound");
      }
    } catch (error) {
      if (generation === this.generation) {
        this.error.textContent = describeError(error);
      }
    } finally {
      if (generation === this.generation) {
        this.more.disabled = false;
        this.element.removeAttribute("aria-busy");
      }
    }
  }

  private result(message: MessageDto): HTMLElement {
    const text = searchedText(message);
    const note = h("span", { class: "muted small search-note" });
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "search-result",
          "data-message-id": message.id,
          onclick: async () => {
            const shown = await this.options.show(message);
            replaceChildren(note, shown ? "" : t("searchTooOld"));
          },
        },
        h("span", { class: "search-result-head" }, h("span", { class: "search-sender" }, this.options.nameOf(message.senderId)), h("time", { class: "muted small", datetime: message.createdAt }, formatDateTime(message.createdAt))),
        h("span", { class: "search-text" }, ...highlighted(text, this.words)),
        note,
      ),
    );
  }
}

/** What the search looks in: the text and the file name. */
function searchedText(message: MessageDto): string {
  return [message.content?.trim(), message.fileName].filter(Boolean).join(" · ");
}
