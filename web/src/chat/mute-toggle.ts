import { h, replaceChildren } from "../dom";
import { t } from "../i18n";
import { icon } from "../icons";
import { api } from "../session";
import { describeError } from "../errors";
import { showToast } from "../toast";

/**
 * The chat header's mute switch (a toggle button: one name, aria-pressed says the state): a muted chat is pushed to
 * this member's devices for mentions only (PATCH /chats/{chatId}/mute). It shows the server's answer.
 */
export class MuteToggle {
  readonly element: HTMLButtonElement;
  private chatId = "";
  private muted = false;

  constructor() {
    this.element = h("button", { type: "button", class: "icon-button mute-toggle", "aria-label": t("muteChat"), title: t("muteChat"), hidden: true, onclick: () => void this.toggle() });
  }

  show(chatId: string, muted: boolean): void {
    this.chatId = chatId;
    this.set(muted);
    this.element.hidden = false;
  }

  private set(muted: boolean): void {
    this.muted = muted;
    this.element.setAttribute("aria-pressed", String(muted));
    replaceChildren(this.element, icon(muted ? "bellOff" : "bell"));
  }

  private async toggle(): Promise<void> {
    this.element.disabled = true;
    try {
      this.set((await api.chats.mute(this.chatId, { muted: !this.muted })).muted);
    } catch (error) {
      showToast(describeError(error));
    } finally {
      this.element.disabled = false;
    }
  }
}
