import type { MessageDto, SendMessageRequest, UploadedMediaDto } from "@sortiechat/client";
import { h, replaceChildren } from "../dom";
import { formatSize, t } from "../i18n";
import { previewOf } from "../preview";
import { describeError } from "../errors";
import { icon } from "../icons";
import { MentionPicker } from "./mention-picker";
import type { Mentionable } from "./mentions";

export interface ComposerCallbacks {
  send(request: Omit<SendMessageRequest, "sortieId">): Promise<void>;
  upload(file: File): Promise<UploadedMediaDto>;
  typing(isTyping: boolean): void;
  nameOf(message: MessageDto): string;
  /** Whom "@" offers to mention (the chat's other members). */
  mentionable(): Mentionable[];
}

/**
 * The message box: a textarea labelled "Message" (Enter sends, Shift+Enter adds a line), a file to attach with its
 * preview, the location, the message being replied to, and the members mentioned with "@" (mention-picker.ts).
 */
export class Composer {
  readonly element: HTMLFormElement;
  readonly textarea: HTMLTextAreaElement;
  private readonly replyBar = h("div", { class: "composer-bar", hidden: true });
  private readonly attachmentBar = h("div", { class: "composer-bar", hidden: true });
  private readonly error = h("p", { class: "form-error", role: "alert" });
  private readonly fileInput: HTMLInputElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly mentions: MentionPicker;
  private replyTo: MessageDto | null = null;
  private attachment: { file: File; previewUrl: string | null } | null = null;
  private typingSince = 0;
  private typingTimer: number | undefined;
  private busy = false;

  constructor(private readonly callbacks: ComposerCallbacks) {
    this.textarea = h("textarea", { id: "composer-text", rows: 1, placeholder: t("messagePlaceholder"), "aria-label": t("message"), maxlength: 5000 });
    this.fileInput = h("input", {
      id: "composer-file",
      type: "file",
      class: "visually-hidden",
      accept: "image/*,audio/*,video/*,.pdf,.txt,.docx,.xlsx,.pptx",
      onchange: () => this.fileChosen(),
    });
    this.mentions = new MentionPicker(this.textarea, () => callbacks.mentionable());
    this.sendButton = h("button", { type: "submit", class: "send primary", "aria-label": t("send") }, icon("send"));
    this.element = h(
      "form",
      { class: "composer", "aria-label": t("composer"), onsubmit: (event: Event) => { event.preventDefault(); void this.submit(); } },
      this.replyBar,
      this.attachmentBar,
      this.error,
      this.mentions.element,
      h(
        "div",
        { class: "composer-row" },
        h("label", { for: "composer-file", class: "icon-button", title: t("attachFile") }, icon("attach"), h("span", { class: "visually-hidden" }, t("attachFile"))),
        this.fileInput,
        h("button", { type: "button", class: "icon-button", "aria-label": t("shareLocation"), title: t("shareLocation"), onclick: () => this.shareLocation() }, icon("pin")),
        this.textarea,
        this.sendButton,
      ),
    );
    this.textarea.addEventListener("keydown", (event) => {
      if (this.mentions.handleKey(event)) {
        return;
      }
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        void this.submit();
      }
    });
    this.textarea.addEventListener("input", () => {
      this.autosize();
      this.noteTyping();
    });
  }

  replyToMessage(message: MessageDto): void {
    this.replyTo = message;
    replaceChildren(
      this.replyBar,
      h("div", { class: "quote static" }, h("span", { class: "quote-sender" }, t("replyingTo", { name: this.callbacks.nameOf(message) })), h("span", { class: "quote-text" }, previewOf(message))),
      h("button", { type: "button", class: "ghost", "aria-label": t("cancelReply"), onclick: () => this.clearReply() }, icon("close")),
    );
    this.replyBar.hidden = false;
    this.textarea.focus();
  }

  dispose(): void {
    this.stopTyping();
    this.clearAttachment();
  }

  private clearReply(): void {
    this.replyTo = null;
    this.replyBar.hidden = true;
    this.replyBar.replaceChildren();
  }

  private fileChosen(): void {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = "";
    if (!file) {
      return;
    }
    this.clearAttachment();
    const previewUrl = file.type.startsWith("image/") ? URL.createObjectURL(file) : null;
    this.attachment = { file, previewUrl };
    replaceChildren(
      this.attachmentBar,
      previewUrl ? h("img", { class: "attachment-preview", src: previewUrl, alt: t("attachmentPreview") }) : icon("file"),
      h("span", { class: "attachment-name" }, file.name, h("span", { class: "muted small" }, ` · ${formatSize(file.size)}`)),
      h("button", { type: "button", class: "ghost", "aria-label": t("removeAttachment"), onclick: () => this.clearAttachment() }, icon("close")),
    );
    this.attachmentBar.hidden = false;
    this.textarea.focus();
  }

  private clearAttachment(): void {
    if (this.attachment?.previewUrl) {
      URL.revokeObjectURL(this.attachment.previewUrl);
    }
    this.attachment = null;
    this.attachmentBar.hidden = true;
    this.attachmentBar.replaceChildren();
  }

  private async submit(): Promise<void> {
    const content = this.textarea.value.trim();
    if (this.busy || (!content && !this.attachment)) {
      return;
    }
    this.busy = true;
    this.sendButton.disabled = true;
    this.error.textContent = "";
    const clientMessageId = crypto.randomUUID();
    const mentions = this.mentions.mentionsIn(content);
    try {
      if (this.attachment) {
        this.error.textContent = t("uploading");
        const uploaded = await this.callbacks.upload(this.attachment.file);
        this.error.textContent = "";
        await this.callbacks.send({ type: uploaded.type, mediaUrl: uploaded.url, content: content || null, replyTo: this.replyTo?.id ?? null, mentions, clientMessageId });
        this.clearAttachment();
      } else {
        await this.callbacks.send({ type: "text", content, replyTo: this.replyTo?.id ?? null, mentions, clientMessageId });
      }
      this.textarea.value = "";
      this.mentions.reset();
      this.autosize();
      this.clearReply();
      this.stopTyping();
    } catch (error) {
      this.error.textContent = describeError(error);
    } finally {
      this.busy = false;
      this.sendButton.disabled = false;
      this.textarea.focus();
    }
  }

  private shareLocation(): void {
    if (!navigator.geolocation) {
      this.error.textContent = t("locationUnavailable");
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) =>
        void this.callbacks
          .send({ type: "location", location: { latitude: position.coords.latitude, longitude: position.coords.longitude }, clientMessageId: crypto.randomUUID() })
          .catch((error: unknown) => (this.error.textContent = describeError(error))),
      () => (this.error.textContent = t("locationUnavailable")),
      { timeout: 10000 },
    );
  }

  /** "typing" at most every 3 s while keys are pressed, and "stopped" 4 s after the last one or on sending. */
  private noteTyping(): void {
    const now = Date.now();
    if (this.textarea.value.length === 0) {
      this.stopTyping();
      return;
    }
    if (now - this.typingSince > 3000) {
      this.typingSince = now;
      this.callbacks.typing(true);
    }
    window.clearTimeout(this.typingTimer);
    this.typingTimer = window.setTimeout(() => this.stopTyping(), 4000);
  }

  private stopTyping(): void {
    window.clearTimeout(this.typingTimer);
    if (this.typingSince !== 0) {
      this.typingSince = 0;
      this.callbacks.typing(false);
    }
  }

  private autosize(): void {
    this.textarea.style.height = "auto";
    this.textarea.style.height = `${Math.min(this.textarea.scrollHeight, 160)}px`;
  }
}
