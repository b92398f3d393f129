import { SortieChatError } from "@sortiechat/client";
import { t, type TextKey } from "./i18n";

const known: Record<string, TextKey> = {
  invalid_credentials: "errorInvalidCredentials",
  email_taken: "errorEmailTaken",
  validation_failed: "errorValidation",
  not_a_member: "errorNotMember",
  forbidden: "errorForbidden",
  not_found: "errorNotFound",
  already_requested: "errorAlreadyRequested",
  sortie_full: "errorSortieFull",
  rate_limited: "errorRateLimited",
  slow_mode: "errorSlowMode",
  file_too_large: "errorFileTooLarge",
  quota_exceeded: "errorQuota",
  unsupported_media_type: "errorUnsupportedMedia",
  message_deleted: "errorMessageDeleted",
  pin_limit: "errorPinLimit",
  reaction_limit: "errorReactionLimit",
};

/** What to tell the user about a failure: the contract's code in their language, or a generic line. */
export function describeError(error: unknown): string {
  if (error instanceof SortieChatError) {
    const key = error.code ? known[error.code] : undefined;
    if (key) {
      const fields = error.code === "validation_failed" && error.problem?.errors ? Object.values(error.problem.errors).flat().join(" ") : "";
      return fields ? `${t(key)} ${fields}` : t(key);
    }
    return error.message || t("errorGeneric");
  }
  return t("errorGeneric");
}
