import { h, link } from "../dom";
import { t } from "../i18n";
import { api } from "../session";
import { navigate } from "../router";
import { describeError } from "../errors";
import { icon } from "../icons";

/** Create a sortie: its chat comes with it; the next screen shows the link to share. */
export function renderNewSortie(container: HTMLElement): () => void {
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  tomorrow.setMinutes(0, 0, 0);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const title = h("input", { id: "sortie-title", type: "text", required: true, maxlength: 120 });
  const description = h("textarea", { id: "sortie-description", rows: 3, maxlength: 5000 });
  const startsAt = h("input", { id: "sortie-starts", type: "datetime-local", required: true, value: local });
  const max = h("input", { id: "sortie-max", type: "number", min: 1, max: 1000, value: 10, required: true });
  const error = h("p", { class: "form-error", role: "alert" });
  const submit = h("button", { type: "submit", class: "primary" }, t("createSortie"));

  container.append(
    h(
      "section",
      { class: "page" },
      h("div", { class: "page-head" }, link("/", { class: "back", "aria-label": t("back") }, icon("back")), h("h1", {}, t("newSortie"))),
      h(
        "form",
        {
          class: "card stacked",
          onsubmit: async (event: Event) => {
            event.preventDefault();
            submit.disabled = true;
            error.textContent = "";
            try {
              const sortie = await api.sorties.create({
                title: title.value.trim(),
                description: description.value.trim() || null,
                startsAt: new Date(startsAt.value).toISOString(),
                maxParticipants: Number(max.value),
                location: null,
              });
              navigate(`/s/${sortie.id}`);
            } catch (failure) {
              error.textContent = describeError(failure);
              submit.disabled = false;
            }
          },
        },
        h("label", { for: "sortie-title" }, t("title")),
        title,
        h("label", { for: "sortie-description" }, t("description")),
        description,
        h("label", { for: "sortie-starts" }, t("startsAt")),
        startsAt,
        h("label", { for: "sortie-max" }, t("maxParticipants")),
        max,
        error,
        submit,
      ),
    ),
  );
  title.focus();
  return () => undefined;
}
