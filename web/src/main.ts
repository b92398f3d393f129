import "./styles.css";
import { h, replaceChildren } from "./dom";
import { language, onLanguageChanged, setLanguage, t, type Language } from "./i18n";
import { currentPath, navigate, parse, type Route } from "./router";
import { connection, isSignedIn, onConnectionCreated, onSignedOut, signOut } from "./session";
import { showToast, toastArea } from "./toast";
import { renderAuth } from "./views/auth";
import { renderChat } from "./views/chat";
import { renderHome } from "./views/home";
import { renderNewSortie } from "./views/new-sortie";
import { renderSortie } from "./views/sortie";
import { describeNotification } from "./notifications";
import { homeBanners } from "./extensions";
import { pushBanner } from "./views/push-banner";

/** What a view gives back: called when the user leaves it. */
export type Cleanup = () => void;

const root = document.getElementById("app")!;
const main = h("main", { id: "main", class: "main" });
const banner = h("div", { class: "banner", role: "status", "aria-live": "polite", hidden: true });
const header = h("header", { class: "topbar" });
let cleanup: Cleanup | null = null;
let redirectAfterSignIn = "/";

document.documentElement.lang = language();
root.replaceChildren(header, banner, main, toastArea);

function renderHeader(): void {
  const switcher = h(
    "select",
    {
      "aria-label": t("language"),
      class: "language",
      onchange: (event: Event) => setLanguage((event.target as HTMLSelectElement).value as Language),
    },
    h("option", { value: "fr", selected: language() === "fr" }, "Français"),
    h("option", { value: "en", selected: language() === "en" }, "English"),
  );
  replaceChildren(
    header,
    h("a", { href: "#/", class: "brand" }, h("span", { class: "brand-mark", "aria-hidden": "true" }, "S"), "SortieChat"),
    h(
      "div",
      { class: "topbar-tools" },
      switcher,
      isSignedIn() && h("button", { type: "button", class: "ghost", onclick: () => void signOut() }, t("signOut")),
    ),
  );
}

function show(route: Route): void {
  cleanup?.();
  cleanup = null;
  renderHeader();
  main.replaceChildren();
  if (!isSignedIn() && route.name !== "signUp" && route.name !== "signIn") {
    redirectAfterSignIn = currentPath();
    cleanup = renderAuth(main, "signIn", () => navigate(redirectAfterSignIn));
    return;
  }
  switch (route.name) {
    case "signIn":
    case "signUp":
      if (isSignedIn()) {
        navigate("/");
        return;
      }
      cleanup = renderAuth(main, route.name, () => navigate(redirectAfterSignIn));
      return;
    case "home":
      cleanup = renderHome(main);
      return;
    case "newSortie":
      cleanup = renderNewSortie(main);
      return;
    case "sortie":
      cleanup = renderSortie(main, route.sortieId);
      return;
    case "chat":
      cleanup = renderChat(main, route.sortieId);
      return;
  }
}

onConnectionCreated((created) => {
  created.onStatusChanged((status) => {
    banner.hidden = status !== "reconnecting";
    banner.textContent = status === "reconnecting" ? t("reconnecting") : "";
  });
  created.onNotification((notification) => {
    const text = describeNotification(notification);
    if (text) {
      showToast(text.message, text.route);
    }
  });
});

homeBanners.push(pushBanner);

// A notification clicked while this page is open: the service worker asks it to show the chat (public/sw.js).
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<{ type?: string; url?: string }>) => {
    const url = event.data?.type === "open" && event.data.url ? new URL(event.data.url, location.href) : null;
    if (url && url.origin === location.origin) {
      navigate(decodeURIComponent(url.hash.replace(/^#/, "")) || "/");
    }
  });
  navigator.serviceWorker.startMessages();
}

onSignedOut(() => {
  redirectAfterSignIn = "/";
  banner.hidden = true;
  navigate("/signin");
});

onLanguageChanged(() => show(parse(currentPath())));
window.addEventListener("hashchange", () => show(parse(currentPath())));
show(parse(currentPath()));
if (isSignedIn()) {
  // Live badges and notifications everywhere once signed in; a failure shows in the banner's place as a toast.
  connection().catch(() => showToast(t("connectionFailed")));
}
