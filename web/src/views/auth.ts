import { api, signedIn } from "../session";
import { h, link } from "../dom";
import { t } from "../i18n";
import { describeError } from "../errors";

/** Sign in (the signed-out home) or sign up: a plain form that Enter submits. */
export function renderAuth(container: HTMLElement, mode: "signIn" | "signUp", done: () => void): () => void {
  const signUp = mode === "signUp";
  const error = h("p", { class: "form-error", role: "alert" });
  const email = h("input", { id: "auth-email", name: "email", type: "email", autocomplete: "email", required: true });
  const password = h("input", {
    id: "auth-password",
    name: "password",
    type: "password",
    autocomplete: signUp ? "new-password" : "current-password",
    required: true,
    minlength: signUp ? 8 : null,
    maxlength: 128,
  });
  const displayName = h("input", { id: "auth-name", name: "displayName", type: "text", autocomplete: "nickname", required: true, maxlength: 50 });
  const submit = h("button", { type: "submit", class: "primary" }, signUp ? t("createAccount") : t("signIn"));

  const form = h(
    "form",
    {
      class: "card auth",
      "aria-labelledby": "auth-title",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        error.textContent = "";
        submit.disabled = true;
        try {
          const result = signUp
            ? await api.auth.register({ email: email.value.trim(), password: password.value, displayName: displayName.value.trim() })
            : await api.auth.login({ email: email.value.trim(), password: password.value });
          await signedIn(result);
          done();
        } catch (failure) {
          error.textContent = describeError(failure);
          submit.disabled = false;
        }
      },
    },
    h("h1", { id: "auth-title" }, signUp ? t("signUpTitle") : t("signInTitle")),
    h("p", { class: "muted" }, t("tagline")),
    signUp && h("label", { for: "auth-name" }, t("displayName")),
    signUp && displayName,
    h("label", { for: "auth-email" }, t("email")),
    email,
    h("label", { for: "auth-password" }, t("password")),
    password,
    error,
    submit,
    h("p", { class: "switch" }, signUp ? t("haveAccount") : t("noAccount"), " ", link(signUp ? "/signin" : "/signup", {}, signUp ? t("signIn") : t("signUp"))),
  );
  container.append(h("section", { class: "auth-page" }, form));
  (signUp ? displayName : email).focus();
  return () => undefined;
}
