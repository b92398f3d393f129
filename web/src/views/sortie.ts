import type { ParticipationDto, RealtimeNotification, SortieDto } from "@sortiechat/client";
import { h, link, replaceChildren } from "../dom";
import { formatDateTime, t } from "../i18n";
import { api, connection, userId } from "../session";
import { sortieLink } from "../router";
import { describeError } from "../errors";
import { showToast } from "../toast";
import { icon } from "../icons";

/**
 * A sortie found by its link: what, when, how many; "ask to join" for others, and for its creator the requests with
 * names, to accept or refuse. Live: requests and answers arrive as hub notifications.
 */
export function renderSortie(container: HTMLElement, sortieId: string): () => void {
  let disposed = false;
  const body = h("div", { class: "stack" }, h("p", { class: "muted", role: "status" }, t("loading")));
  container.append(h("section", { class: "page" }, h("div", { class: "page-head" }, link("/", { class: "back", "aria-label": t("back") }, icon("back")), h("h1", { id: "sortie-heading" }, t("sortie"))), body));

  const load = async (): Promise<void> => {
    try {
      const sortie = await api.sorties.get(sortieId);
      const participations = await api.sorties.listParticipations(sortieId);
      if (!disposed) {
        draw(sortie, participations);
      }
    } catch (error) {
      replaceChildren(body, h("p", { class: "form-error", role: "alert" }, describeError(error)));
    }
  };

  const change = async (participation: ParticipationDto, status: ParticipationDto["status"]): Promise<void> => {
    try {
      await api.participations.changeStatus(participation.id, { status });
    } catch (error) {
      showToast(describeError(error));
    }
    await load();
  };

  const draw = (sortie: SortieDto, participations: ParticipationDto[]): void => {
    document.getElementById("sortie-heading")!.textContent = sortie.title;
    const isCreator = sortie.creatorId === userId();
    const mine = participations.find((participation) => participation.userId === userId());
    const shareLink = sortieLink(sortie.id);
    const share = h("input", { id: "share-link", type: "text", readonly: true, value: shareLink });
    const details = h(
      "div",
      { class: "card" },
      sortie.description && h("p", { class: "description" }, sortie.description),
      h("p", { class: "with-icon" }, icon("calendar"), formatDateTime(sortie.startsAt)),
      sortie.location && h("p", { class: "with-icon" }, icon("pin"), sortie.location.name ?? `${sortie.location.latitude}, ${sortie.location.longitude}`),
      h("p", { class: "muted" }, t("participantsCount", { count: sortie.acceptedCount, max: sortie.maxParticipants })),
      h("label", { for: "share-link" }, t("shareLink")),
      h(
        "div",
        { class: "row" },
        share,
        h("button", { type: "button", onclick: () => void navigator.clipboard?.writeText(shareLink).then(() => showToast(t("copied")), () => share.select()) }, t("copyLink")),
      ),
    );

    const actions = h("div", { class: "card" });
    if (isCreator || mine?.status === "ACCEPTEE") {
      actions.append(link(`/chat/${sortie.id}`, { class: "button primary" }, t("openChat")));
    }
    if (!isCreator) {
      actions.append(h("p", { class: "status-line", "data-status": mine?.status ?? "none" }, statusText(mine)));
      if (!mine || mine.status === "ANNULEE") {
        actions.append(
          h("button", {
            type: "button",
            class: "primary",
            onclick: async () => {
              try {
                await api.sorties.requestParticipation(sortie.id);
              } catch (error) {
                showToast(describeError(error));
              }
              await load();
            },
          }, t("askToJoin")),
        );
      } else if (mine.status === "EN_ATTENTE" || mine.status === "ACCEPTEE") {
        actions.append(h("button", { type: "button", class: "ghost", onclick: () => void change(mine, "ANNULEE") }, mine.status === "EN_ATTENTE" ? t("cancelRequest") : t("leaveSortie")));
      }
    }

    const requests = isCreator ? requestsCard(participations, change) : null;
    replaceChildren(body, details, actions, requests);
  };

  const stops: (() => void)[] = [];
  void load();
  void connection().then((hub) => {
    if (!disposed) {
      stops.push(hub.onNotification((notification: RealtimeNotification) => notification.sortieId === sortieId && void load()));
    }
  }, () => undefined);
  return () => {
    disposed = true;
    stops.forEach((stop) => stop());
  };
}

function requestsCard(participations: ParticipationDto[], change: (participation: ParticipationDto, status: ParticipationDto["status"]) => Promise<void>): HTMLElement {
  const pending = participations.filter((participation) => participation.status === "EN_ATTENTE");
  const accepted = participations.filter((participation) => participation.status === "ACCEPTEE");
  const row = (participation: ParticipationDto, ...buttons: HTMLElement[]): HTMLElement =>
    h("li", { class: "person" }, h("span", { class: "person-name" }, participation.displayName), h("span", { class: "row" }, ...buttons));
  return h(
    "div",
    { class: "card" },
    h("h2", {}, t("pendingRequests")),
    pending.length === 0
      ? h("p", { class: "muted" }, t("noPendingRequests"))
      : h(
          "ul",
          { class: "people", "aria-label": t("pendingRequests") },
          ...pending.map((participation) =>
            row(
              participation,
              h("button", { type: "button", class: "primary", "aria-label": t("acceptNamed", { name: participation.displayName }), onclick: () => void change(participation, "ACCEPTEE") }, t("accept")),
              h("button", { type: "button", class: "ghost", "aria-label": t("refuseNamed", { name: participation.displayName }), onclick: () => void change(participation, "REFUSEE") }, t("refuse")),
            ),
          ),
        ),
    h("h2", {}, t("participants")),
    accepted.length === 0
      ? h("p", { class: "muted" }, t("noParticipants"))
      : h(
          "ul",
          { class: "people", "aria-label": t("participants") },
          ...accepted.map((participation) =>
            row(participation, h("button", { type: "button", class: "ghost danger", "aria-label": t("removeNamed", { name: participation.displayName }), onclick: () => void change(participation, "REFUSEE") }, t("remove"))),
          ),
        ),
  );
}

function statusText(participation: ParticipationDto | undefined): string {
  switch (participation?.status) {
    case "EN_ATTENTE":
      return t("statusPending");
    case "ACCEPTEE":
      return t("statusAccepted");
    case "REFUSEE":
      return t("statusRefused");
    case "ANNULEE":
      return t("statusCancelled");
    default:
      return t("statusNone");
  }
}
