import type { MessageDto } from "@sortiechat/client";
import { h } from "../dom";
import { t } from "../i18n";
import { describeError } from "../errors";

export interface MessageEditorCallbacks {
  /** Saves the new text; a rejection (the server's refusal) is shown under the text box. */
  save(message: MessageDto, content: string): Promise<void>;
  cancel(): void;
}

/** A message's text (or a media message's caption) edited in place: Enter saves, Shift+Enter adds a line, Escape cancels. */
export class MessageEditor {
  readonly element: HTMLFormElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly error = h("p", { class: "form-error", role: "alert" });
  private readonly saveButton: HTMLButtonElement;
  private busy = false;

  constructor(readonly message: MessageDto, private readonly callbacks: MessageEditorCallbacks) {
    this.textarea = h("textarea", { class: "edit-text", rows: 2, "aria-label": t("editMessage"), maxlength: 5000 });
    this.textarea.value = message.content ?? "";
    this.saveButton = h("button", { type: "submit", class: "primary small" }, t("save"));
    this.element = h(
      "form",
      { class: "message-editor", "aria-label": t("editMessage"), onsubmit: (event: Event) => { event.preventDefault(); void this.submit(); } },
      this.textarea,
      this.error,
      h("div", { class: "row" }, this.saveButton, h("button", { type: "button", class: "ghost small", onclick: () => callbacks.cancel() }, t("cancel"))),
    );
    this.textarea.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.submit();
      } else if (event.key === "Escape") {
        event.preventDefault();
        callbacks.cancel();
      }
    });
  }

  focus(): void {
    this.textarea.focus();
    this.textarea.setSelectionRange(this.textarea.value.length, this.textarea.value.length);
  }

  private async submit(): Promise<void> {
    if (this.busy) {
      return;
    }
    this.busy = true;
    this.saveButton.disabled = true;
    this.error.textContent = "";
    try {
      await this.callbacks.save(this.message, this.textarea.value);
    } catch (error) {
      this.error.textContent = describeError(error);
    } finally {
      this.busy = false;
      this.saveButton.disabled = false;
    }
  }
}
