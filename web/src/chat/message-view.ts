import type { MessageDto } from "@sortiechat/client";
import { h } from "../dom";
import { formatDateTime, formatSize, formatTime, t } from "../i18n";
import { previewOf } from "../preview";
import { icon } from "../icons";
import { withMentions, type Mentionable } from "./mentions";

export interface MessageViewOptions {
  mine: boolean;
  /** The sender's name above the first message of a run from the same sender (others only). */
  senderName: string | null;
  /** The quoted message of a reply (null while unknown). */
  quoted: { message: MessageDto; senderName: string } | null;
  actions: HTMLElement | null;
  /** The in-place editor of the text or caption, shown instead of it while the sender edits. */
  editor: HTMLElement | null;
  /** The reaction chips, under the bubble. */
  reactions: HTMLElement | null;
  decorations: Node[];
  onQuoteClick: (messageId: string) => void;
  sortieTitle: string;
  /** The members the message mentions (known ones), highlighted in its text; the reader's own name more strongly. */
  mentioned: Mentionable[];
  me: string;
}

/** One message: a bubble (own on the right), or a system line set apart; its content always as text. */
export function messageView(message: MessageDto, options: MessageViewOptions): HTMLElement {
  if (message.type === "system") {
    return h("li", { class: "system-message", "data-seq": message.seq, "data-message-id": message.id }, h("span", {}, systemText(message, options.sortieTitle)));
  }
  const bubble = h(
    "div",
    { class: `bubble${message.isDeleted ? " deleted" : ""}` },
    options.senderName && h("span", { class: "sender" }, options.senderName),
    message.pinnedAt && !message.isDeleted && h("span", { class: "pinned-marker" }, icon("thumbtack"), t("pinned")),
    options.quoted && quote(options.quoted.message, options.quoted.senderName, options.onQuoteClick),
    ...body(message, options),
    ...options.decorations,
    h(
      "span",
      { class: "meta" },
      message.editedAt && !message.isDeleted && h("span", { class: "edited", title: t("editedAt", { time: formatDateTime(message.editedAt) }) }, t("edited"), " "),
      h("time", { datetime: message.createdAt }, formatTime(message.createdAt)),
    ),
  );
  return h(
    "li",
    { class: `message${options.mine ? " mine" : ""}${message.pinnedAt && !message.isDeleted ? " pinned" : ""}`, "data-seq": message.seq, "data-message-id": message.id },
    bubble,
    options.reactions,
    options.actions,
  );
}

/** DESIGN.md section 8 gives system messages a `system` {kind, displayName} to say in the reader's language; until the
 * server sends it, the stored English content is shown. */
function systemText(message: MessageDto, sortieTitle: string): string {
  const system = (message as MessageDto & { system?: { kind: string; displayName: string | null } | null }).system;
  const name = system?.displayName ?? "";
  switch (system?.kind) {
    case "welcome":
      return t("systemWelcome", { title: sortieTitle });
    case "member_joined":
      return t("systemJoined", { name });
    case "member_left":
      return t("systemLeft", { name });
    case "member_removed":
      return t("systemRemoved", { name });
    default:
      return message.content ?? "";
  }
}

function quote(message: MessageDto, senderName: string, onClick: (messageId: string) => void): HTMLElement {
  return h(
    "button",
    { type: "button", class: "quote", "aria-label": t("goToQuoted", { name: senderName }), onclick: () => onClick(message.id) },
    h("span", { class: "quote-sender" }, senderName),
    h("span", { class: "quote-text" }, previewOf(message)),
  );
}

function body(message: MessageDto, options: MessageViewOptions): (Node | null)[] {
  if (message.isDeleted) {
    return [h("p", { class: "text deleted-text" }, t("messageDeleted"))];
  }
  const text = message.content ? h("p", { class: "text" }, ...withMentions(message.content, options.mentioned, options.me)) : null;
  const caption = options.editor ?? text;
  const url = message.mediaUrl ?? "";
  switch (message.type) {
    case "image":
      return [
        h(
          "a",
          { href: url, target: "_blank", rel: "noopener", class: "media-link" },
          h("img", {
            class: "thumbnail",
            src: message.thumbnailUrl ?? url,
            alt: message.content || message.fileName || t("photo"),
            width: message.width ?? null,
            height: message.height ?? null,
            loading: "lazy",
          }),
        ),
        caption,
      ];
    case "video":
      return [h("video", { class: "video", src: url, controls: true, preload: "metadata", "aria-label": message.fileName ?? t("video") }), caption];
    case "audio":
      return [h("audio", { class: "audio", src: url, controls: true, preload: "metadata", "aria-label": message.fileName ?? t("audio") }), caption];
    case "file":
      return [
        h(
          "a",
          { href: url, class: "file", download: message.fileName ?? "", rel: "noopener" },
          icon("file"),
          message.fileName ?? t("file"),
          message.fileSize !== null && h("span", { class: "muted small" }, ` · ${formatSize(message.fileSize)}`),
        ),
        caption,
      ];
    case "location": {
      const place = message.location;
      if (!place) {
        return [caption];
      }
      const coordinates = `${place.latitude.toFixed(5)}, ${place.longitude.toFixed(5)}`;
      const map = `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=16/${place.latitude}/${place.longitude}`;
      return [
        h(
          "p",
          { class: "location" },
          icon("pin"),
          place.name ? `${place.name} · ` : "",
          coordinates,
          " ",
          h("a", { href: map, target: "_blank", rel: "noopener" }, t("openMap")),
        ),
        place.address ? h("p", { class: "muted small" }, place.address) : null,
        caption,
      ];
    }
    default:
      return [caption];
  }
}
