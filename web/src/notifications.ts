import type { ChatMemberDto, RealtimeNotification } from "@sortiechat/client";
import { t } from "./i18n";
import { currentPath, parse } from "./router";

// The names of the members of the chats opened in this page, to say who mentioned the user.
const names = new Map<string, string>();

export function rememberMembers(members: ChatMemberDto[]): void {
  members.forEach((member) => names.set(member.userId, member.displayName));
}

/** The words and the place of a hub notification, in the reader's language (null for those not shown). */
export function describeNotification(notification: RealtimeNotification): { message: string; route: string } | null {
  const sortie = `/s/${notification.sortieId}`;
  const chat = `/chat/${notification.sortieId}`;
  switch (notification.kind) {
    case "participation_requested":
      return {
        message: notification.data.displayName ? t("notifyRequestedBy", { name: notification.data.displayName }) : t("notifyRequested"),
        route: sortie,
      };
    case "participation_accepted":
      return { message: t("notifyAccepted"), route: chat };
    case "participation_refused":
      return { message: t("notifyRefused"), route: sortie };
    case "removed":
      return { message: t("notifyRemoved"), route: sortie };
    case "mentioned": {
      // The open chat shows the mention itself.
      const route = parse(currentPath());
      if (route.name === "chat" && route.sortieId === notification.sortieId.toLowerCase()) {
        return null;
      }
      const sender = names.get(notification.data.senderId ?? "");
      return { message: sender ? t("notifyMentionedBy", { name: sender }) : t("notifyMentioned"), route: chat };
    }
    default:
      return null;
  }
}
