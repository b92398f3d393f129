import { h } from "../dom";
import { t } from "../i18n";
import { api } from "../session";
import { describeError } from "../errors";
import { enablePush, pushState, PushSetupError } from "../push";

/**
 * The home screen's offer to turn on notifications on this device; hidden where they are on already or cannot be
 * had, and saying plainly why when turning them on fails.
 */
export function pushBanner(): HTMLElement {
  const status = h("p", { class: "small", role: "status" });
  const error = h("p", { class: "form-error", role: "alert" });
  const button = h("button", { type: "button", class: "primary", onclick: () => void turnOn() }, t("pushEnable"));
  const banner = h("section", { class: "card push-banner", "aria-label": t("pushTitle"), hidden: true }, h("p", {}, t("pushExplain")), button, status, error);

  async function turnOn(): Promise<void> {
    button.disabled = true;
    error.textContent = "";
    status.textContent = "";
    try {
      await enablePush(api);
      status.textContent = t("pushEnabled");
      button.hidden = true;
    } catch (failure) {
      error.textContent = failure instanceof PushSetupError ? t(failure.key, { detail: failure.detail }) : describeError(failure);
    } finally {
      button.disabled = false;
    }
  }

  void pushState().then(
    (state) => {
      banner.hidden = state === "on" || state === "unsupported";
      if (state === "blocked") {
        error.textContent = t("pushBlocked");
      }
    },
    () => undefined,
  );
  return banner;
}
