import type { MessageDto } from "@sortiechat/client";
import { t } from "./i18n";
import { userId } from "./session";

/** One line about a message, for the chat list and reply quotes. */
export function previewOf(message: MessageDto): string {
  if (message.isDeleted) {
    return t("messageDeleted");
  }
  const caption = message.content?.trim();
  switch (message.type) {
    case "image":
      return caption ? `${t("photo")}: ${caption}` : t("photo");
    case "video":
      return caption ? `${t("video")}: ${caption}` : t("video");
    case "audio":
      return t("audio");
    case "file":
      return `${t("file")}: ${message.fileName ?? ""}`;
    case "location":
      return message.location?.name ? `${t("location")}: ${message.location.name}` : t("location");
    default:
      return message.content ?? "";
  }
}

export function previewWithSender(message: MessageDto): string {
  const text = previewOf(message);
  return message.senderId === userId() && message.type !== "system" ? `${t("you")}: ${text}` : text;
}
