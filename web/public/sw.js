// SortieChat's service worker: shows what the server pushes (docs/push.md) and opens its chat when clicked.
// Copied as is to the site's root by Vite (web/public), so that its scope is the whole app.
// Payload: {sortieId, chatId, seq, title (the sortie's title), body ("Sender: text"), kind ("message" or "mention")}.

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("push", (event) => {
  let payload = null;
  try {
    payload = event.data ? event.data.json() : null;
  } catch {
    payload = null;
  }
  event.waitUntil(showPush(payload));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(openChat(event.notification.data && event.notification.data.url));
});

/** The app's page of a chat: its hash route is #/chat/<sortieId>. */
function chatUrl(payload) {
  return new URL(`/#/chat/${encodeURIComponent(payload.sortieId)}`, self.location.origin).href;
}

function showPush(payload) {
  if (!payload || !payload.sortieId) {
    return Promise.resolve();
  }
  const mention = payload.kind === "mention";
  return self.registration.showNotification(payload.title || "SortieChat", {
    body: payload.body || "",
    icon: "/favicon.svg",
    // One notification per chat, replaced by the next; a mention stands on its own.
    tag: mention ? `mention-${payload.chatId}-${payload.seq}` : `chat-${payload.chatId}`,
    renotify: !mention,
    data: { url: chatUrl(payload), kind: payload.kind, chatId: payload.chatId, seq: payload.seq },
  });
}

async function openChat(url) {
  const target = url || new URL("/", self.location.origin).href;
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    // Allowed from a notification click only; the page is shown the chat either way.
    await open.focus().catch(() => undefined);
    return open.navigate(target).catch(() => open.postMessage({ type: "open", url: target }));
  }
  return self.clients.openWindow(target);
}
