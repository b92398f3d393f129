import type { ChatDto, ChatUpdatedDto } from "@sortiechat/client";
import { h, link, replaceChildren } from "../dom";
import { formatTime, formatDay, t } from "../i18n";
import { api, connection, isUnauthorized, signOut } from "../session";
import { navigate } from "../router";
import { previewWithSender } from "../preview";
import { describeError } from "../errors";
import { homeBanners } from "../extensions";
import { icon } from "../icons";

/** The signed-in home: the user's chats by sortie title, live badges (unread, unread mentions) and last messages (chatUpdated), muted ones marked. */
export function renderHome(container: HTMLElement): () => void {
  let chats: ChatDto[] = [];
  let disposed = false;
  const list = h("ul", { class: "chat-list", "aria-label": t("yourChats") });
  const status = h("p", { class: "muted", role: "status" }, t("loading"));
  const search = h("input", { id: "chat-search", type: "search", "aria-label": t("search"), placeholder: t("search"), oninput: () => draw() });
  const sortieLink = h("input", { id: "sortie-link", type: "url", placeholder: `${location.origin}/#/s/…`, required: true });

  container.append(
    h(
      "section",
      { class: "page home" },
      h("div", { class: "page-head" }, h("h1", {}, t("yourChats")), link("/new", { class: "button primary" }, t("newSortie"))),
      ...homeBanners.map((banner) => banner()),
      search,
      status,
      list,
      h(
        "form",
        {
          class: "card inline-form",
          onsubmit: (event: Event) => {
            event.preventDefault();
            const match = /#(\/s\/[0-9a-fA-F-]{36})/.exec(sortieLink.value) ?? /^([0-9a-fA-F-]{36})$/.exec(sortieLink.value.trim());
            if (match) {
              navigate(match[1].startsWith("/") ? match[1] : `/s/${match[1]}`);
            } else {
              sortieLink.setCustomValidity(t("invalidSortieLink"));
              sortieLink.reportValidity();
            }
          },
        },
        h("label", { for: "sortie-link" }, t("openSortieLink")),
        h("div", { class: "row" }, sortieLink, h("button", { type: "submit" }, t("open"))),
      ),
    ),
  );
  sortieLink.addEventListener("input", () => sortieLink.setCustomValidity(""));

  const draw = (): void => {
    const words = search.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const shown = chats.filter((chat) => words.every((word) => chat.name.toLocaleLowerCase().includes(word)));
    status.hidden = chats.length > 0;
    status.textContent = t("noChats");
    search.hidden = chats.length === 0;
    replaceChildren(list, ...shown.map(item));
  };

  const item = (chat: ChatDto): HTMLElement => {
    const last = chat.lastMessage;
    const when = last ? (new Date(last.createdAt).toDateString() === new Date().toDateString() ? formatTime(last.createdAt) : formatDay(last.createdAt)) : "";
    const mentions = chat.unreadMentions ?? 0;
    return h(
      "li",
      {},
      link(
        `/chat/${chat.sortieId}`,
        { class: "chat-item", "data-chat-id": chat.id },
        h("span", { class: "avatar", "aria-hidden": "true" }, initials(chat.name)),
        h(
          "span",
          { class: "chat-item-body" },
          h(
            "span",
            { class: "chat-item-top" },
            h("strong", { class: "chat-title" }, chat.name),
            chat.muted && h("span", { class: "muted-chat", role: "img", "aria-label": t("mutedChat"), title: t("mutedChat") }, icon("bellOff")),
            h("span", { class: "muted small when" }, when),
          ),
          h(
            "span",
            { class: "chat-item-bottom" },
            h("span", { class: "last-message" }, last ? previewWithSender(last) : ""),
            mentions > 0 && h("span", { class: "badge mention", "aria-label": t("unreadMentions", { count: mentions }) }, `@${mentions > 99 ? "99+" : mentions}`),
            chat.unreadCount > 0 &&
              h("span", { class: "badge", "aria-label": t("unreadCount", { count: chat.unreadCount }) }, chat.unreadCount > 99 ? "99+" : chat.unreadCount),
          ),
        ),
      ),
    );
  };

  const load = async (): Promise<void> => {
    try {
      chats = await api.chats.listMine();
      if (!disposed) {
        draw();
      }
    } catch (error) {
      if (isUnauthorized(error)) {
        await signOut();
      } else {
        status.textContent = describeError(error);
      }
    }
  };

  const updated = (update: ChatUpdatedDto): void => {
    const chat = chats.find((candidate) => candidate.id === update.chatId);
    if (!chat) {
      void load();
      return;
    }
    Object.assign(chat, { lastSeq: update.lastSeq, lastMessage: update.lastMessage, unreadCount: update.unreadCount, unreadMentions: update.unreadMentions ?? chat.unreadMentions });
    chats.sort((a, b) => activity(b) - activity(a));
    draw();
  };

  const stops: (() => void)[] = [];
  void load();
  void connection().then((hub) => {
    if (disposed) {
      return;
    }
    stops.push(hub.onChatUpdated(updated));
    stops.push(hub.onNotification(() => void load()));
    stops.push(hub.onStatusChanged((state) => state === "connected" && void load()));
  }, () => undefined);

  return () => {
    disposed = true;
    stops.forEach((stop) => stop());
  };
}

function activity(chat: ChatDto): number {
  return Date.parse(chat.lastMessage?.createdAt ?? chat.updatedAt);
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : (words[0] ?? "?").slice(0, 2)).toUpperCase();
}
