import { h, link } from "./dom";

export const toastArea = h("div", { class: "toasts", role: "status", "aria-live": "polite" });

/** A short message at the bottom of the screen, with a link when it is about a place in the app. */
export function showToast(message: string, route?: string): void {
  const toast = h("div", { class: "toast" }, route ? link(route, {}, message) : message);
  toastArea.append(toast);
  setTimeout(() => toast.remove(), 6000);
}
