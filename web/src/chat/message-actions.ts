import type { MessageDto } from "@sortiechat/client";
import { h } from "../dom";
import { t } from "../i18n";
import { reactionPicker } from "./reactions";

export interface ActionBarOptions {
  me: string;
  isCreator: boolean;
  confirmingDelete: boolean;
  picking: boolean;
  /** Buttons of the extensions (extensions.ts), after Reply and React. */
  extra: HTMLElement[];
  reply(): void;
  togglePicker(): void;
  react(emoji: string, on: boolean): void;
  edit(): void;
  togglePin(): void;
  askDelete(): void;
  confirmDelete(): void;
  cancelDelete(): void;
}

/**
 * A message's action bar: reply, react (the emoji picker), edit for the sender, pin for the sortie's creator, delete
 * for the sender and the creator (moderation, DESIGN.md section 8); or the question before a delete. None for system
 * and deleted messages.
 */
export function actionBar(message: MessageDto, options: ActionBarOptions): HTMLElement | null {
  if (message.type === "system" || message.isDeleted) {
    return null;
  }
  if (options.confirmingDelete) {
    return h(
      "div",
      { class: "actions confirm", role: "group", "aria-label": t("deleteConfirm") },
      h("span", { class: "small" }, t("deleteConfirm")),
      h("button", { type: "button", class: "danger", onclick: () => options.confirmDelete() }, t("delete")),
      h("button", { type: "button", class: "ghost", onclick: () => options.cancelDelete() }, t("cancel")),
    );
  }
  const mine = message.senderId === options.me;
  const button = (label: string, run: () => void, attributes: Record<string, string> = {}): HTMLButtonElement =>
    h("button", { type: "button", class: "ghost small", ...attributes, onclick: () => run() }, label);
  const buttons = [button(t("reply"), options.reply), button(t("react"), options.togglePicker, { "aria-expanded": String(options.picking) }), ...options.extra];
  if (mine && message.type !== "location") {
    buttons.push(button(t("edit"), options.edit)); // a location has no caption to edit
  }
  if (options.isCreator) {
    buttons.push(button(message.pinnedAt ? t("unpin") : t("pin"), options.togglePin));
  }
  if (mine || options.isCreator) {
    buttons.push(button(t("delete"), options.askDelete));
  }
  return h(
    "div",
    { class: `actions${options.picking ? " open" : ""}`, role: "group", "aria-label": t("messageActions") },
    ...buttons,
    options.picking && reactionPicker(message, options.me, options.react, options.togglePicker),
  );
}
