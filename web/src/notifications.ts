import type { RealtimeNotification } from "@sortiechat/client";
import { t } from "./i18n";

/** The words and the place of a hub notification, in the reader's language (null for those not shown). */
export function describeNotification(notification: RealtimeNotification): { message: string; route: string } | null {
  const sortie = `/s/${notification.sortieId}`;
  switch (notification.kind) {
    case "participation_requested":
      return { message: t("notifyRequested"), route: sortie };
    case "participation_accepted":
      return { message: t("notifyAccepted"), route: `/chat/${notification.sortieId}` };
    case "participation_refused":
      return { message: t("notifyRefused"), route: sortie };
    case "removed":
      return { message: t("notifyRemoved"), route: sortie };
    default:
      return null;
  }
}
