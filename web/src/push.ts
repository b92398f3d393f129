import { SortieChatError, type SortieChatClient, type SubscribePushRequest } from "@sortiechat/client";
import type { TextKey } from "./i18n";

// Web Push on this device (DESIGN.md section 9): the service worker public/sw.js shows what the server pushes.

/** "on": this browser holds a push subscription; "blocked": the user refused notifications to this site. */
export type PushState = "unsupported" | "blocked" | "off" | "on";

/** Why notifications could not be turned on, as a text key (detail: the browser's own words). */
export class PushSetupError extends Error {
  constructor(readonly key: TextKey, readonly detail = "") {
    super(detail || key);
  }
}

const subscribeTimeoutMs = 20_000;

function supported(): boolean {
  return window.isSecureContext && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

export async function pushState(): Promise<PushState> {
  if (!supported()) {
    return "unsupported";
  }
  if (Notification.permission === "denied") {
    return "blocked";
  }
  const registration = await navigator.serviceWorker.getRegistration("/");
  return Notification.permission === "granted" && (await registration?.pushManager.getSubscription()) ? "on" : "off";
}

/**
 * Asks for the permission, registers the service worker, subscribes with the server's VAPID key and gives the
 * subscription to the server (again when it already knows it: the server keeps one row per endpoint).
 */
export async function enablePush(api: SortieChatClient): Promise<void> {
  if (!supported()) {
    throw new PushSetupError("pushUnsupported");
  }
  if ((await Notification.requestPermission()) !== "granted") {
    throw new PushSetupError("pushBlocked");
  }
  await navigator.serviceWorker.register("/sw.js");
  const registration = await navigator.serviceWorker.ready;
  let publicKey: string;
  try {
    publicKey = (await api.push.getVapidPublicKey()).publicKey;
  } catch (error) {
    throw error instanceof SortieChatError && error.status === 404 ? new PushSetupError("pushOffOnServer") : error;
  }
  const subscription = await subscribe(registration, base64UrlBytes(publicKey));
  const { keys } = subscription.toJSON();
  const request: SubscribePushRequest = { endpoint: subscription.endpoint, keys: { p256dh: keys?.p256dh ?? "", auth: keys?.auth ?? "" } };
  await api.push.subscribe(request);
}

/** On sign-out: the server forgets this device for the user leaving (with their token), and the browser its subscription. */
export async function forgetPushDevice(api: SortieChatClient): Promise<void> {
  if (!supported()) {
    return;
  }
  const subscription = await (await navigator.serviceWorker.getRegistration("/"))?.pushManager.getSubscription();
  if (subscription) {
    await api.push.unsubscribe(subscription.endpoint).catch(() => undefined);
    await subscription.unsubscribe();
  }
}

async function subscribe(registration: ServiceWorkerRegistration, key: Uint8Array<ArrayBuffer>): Promise<PushSubscription> {
  const existing = await registration.pushManager.getSubscription();
  const existingKey = existing?.options.applicationServerKey;
  if (existing && existingKey && sameBytes(new Uint8Array(existingKey), key)) {
    return existing;
  }
  // Made with another key (the server's keys changed): a browser keeps one subscription per worker.
  await existing?.unsubscribe();
  try {
    // A browser whose push service cannot be reached (no network to it) may never answer.
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer from the push service")), subscribeTimeoutMs));
    return await Promise.race([registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }), timeout]);
  } catch (error) {
    throw new PushSetupError("pushServiceFailed", error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}

function base64UrlBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
