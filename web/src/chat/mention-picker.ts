import { h, replaceChildren } from "../dom";
import { t } from "../i18n";
import { initials } from "../views/home";
import { fold, mentionedIn, type Mentionable } from "./mentions";

// An "@" at the start or after a space, then what follows it up to the caret (a name may hold spaces).
const typedMention = /(?:^|\s)@([^\s@][^@\n]{0,39})?$/u;

/**
 * The mention autocomplete of the composer: "@" and the first letters of a name list the chat's members whose name
 * starts so (case and accents aside), in a listbox under the textarea's aria-activedescendant. Up/Down move, Enter or
 * Tab picks, Escape closes; a click picks too. Picking writes "@DisplayName " and remembers the member, who is
 * mentioned if that name is still in the text when it is sent.
 */
export class MentionPicker {
  readonly element: HTMLUListElement;
  private matches: Mentionable[] = [];
  private active = 0;
  private start = -1;
  private dismissedAt = -1;
  private readonly picked = new Map<string, Mentionable>();

  constructor(private readonly textarea: HTMLTextAreaElement, private readonly candidates: () => Mentionable[]) {
    this.element = h("ul", { id: "mention-suggestions", class: "mention-list", role: "listbox", "aria-label": t("mentionSuggestions"), hidden: true });
    textarea.setAttribute("aria-autocomplete", "list");
    textarea.setAttribute("aria-controls", this.element.id);
    textarea.addEventListener("input", () => this.update());
    textarea.addEventListener("click", () => this.update());
    textarea.addEventListener("blur", () => this.close());
  }

  /** Handles a key while the list is open; true when the composer must not act on it (Enter does not send). */
  handleKey(event: KeyboardEvent): boolean {
    if (this.element.hidden || event.isComposing) {
      return false;
    }
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        this.active = (this.active + (event.key === "ArrowDown" ? 1 : -1) + this.matches.length) % this.matches.length;
        this.draw();
        break;
      case "Enter":
      case "Tab":
        this.pick(this.matches[this.active]);
        break;
      case "Escape":
        this.dismissedAt = this.start;
        this.close();
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  }

  /** The picked members whose "@DisplayName" is still in the text. */
  mentionsIn(text: string): string[] {
    return mentionedIn(text, [...this.picked.values()]);
  }

  /** After a send: nothing picked any more. */
  reset(): void {
    this.picked.clear();
    this.close();
  }

  private update(): void {
    const caret = this.textarea.selectionStart;
    const before = this.textarea.value.slice(0, caret);
    const typed = typedMention.exec(before);
    if (!typed) {
      this.dismissedAt = -1;
      this.close();
      return;
    }
    const start = caret - (typed[1]?.length ?? 0) - 1;
    const query = fold(typed[1] ?? "");
    this.matches = this.candidates().filter((member) => fold(member.displayName).startsWith(query)).slice(0, 8);
    if (start === this.dismissedAt || this.matches.length === 0) {
      this.close();
      return;
    }
    if (start !== this.start) {
      this.active = 0;
    }
    this.start = start;
    this.active = Math.min(this.active, this.matches.length - 1);
    this.draw();
  }

  private draw(): void {
    replaceChildren(
      this.element,
      ...this.matches.map((member, index) =>
        h(
          "li",
          {
            id: `mention-option-${index}`,
            class: "mention-option",
            role: "option",
            "aria-selected": String(index === this.active),
            // Keeps the focus (and the caret) in the textarea.
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => this.pick(member),
          },
          h("span", { class: "avatar small", "aria-hidden": "true" }, initials(member.displayName)),
          member.displayName,
        ),
      ),
    );
    this.element.hidden = false;
    this.textarea.setAttribute("aria-activedescendant", `mention-option-${this.active}`);
  }

  private pick(member: Mentionable): void {
    const caret = this.textarea.selectionStart;
    const value = this.textarea.value;
    const inserted = `@${member.displayName} `;
    this.textarea.value = value.slice(0, this.start) + inserted + value.slice(caret);
    const after = this.start + inserted.length;
    this.textarea.setSelectionRange(after, after);
    this.picked.set(member.userId, member);
    this.dismissedAt = this.start; // not offered again for this "@" ("Bob Smith" after picking "Bob")
    this.close();
    this.textarea.focus();
    // The composer sizes itself and says "typing" on input; the list sees the name is complete and stays closed.
    this.textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  private close(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
    this.matches = [];
    this.start = -1;
    this.textarea.removeAttribute("aria-activedescendant");
  }
}
