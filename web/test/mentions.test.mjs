// Mentions, mutes and notifications on this device in a real browser (DESIGN.md sections 8 and 9): Alice (the
// sortie's creator) and Bob, members of one chat set up through the SDK, each in a browser context of their own.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { aliceAndBob, bubble, launchBrowser, openUser, register, serverUrl } from "./support.mjs";

const run = randomUUID().slice(0, 8);
const password = "correct horse battery";
const sortieTitle = `Kayak trip ${run}`;
let browser;
let alice;
let bob;
let aliceApi;
let bobApi;
let bobId;
let sortieId;

/** Signs in on the page of a route (the form shows first, then the route). */
async function signIn(user, email, route) {
  await user.page.goto(`/#${route}`);
  await user.page.getByLabel("Email").fill(email);
  await user.page.getByLabel("Password").fill(password);
  await user.page.getByLabel("Password").press("Enter");
}

const chatItem = (page) => page.getByRole("link").filter({ hasText: sortieTitle });
const mentionList = (page) => page.getByRole("listbox", { name: "Members to mention" });
const composer = (page) => page.getByRole("textbox", { name: "Message" });

async function sentByAlice(text) {
  const history = await aliceApi.messages.getBySortie(sortieId);
  return history.items.find((message) => message.content === text);
}

describe("mentions, mutes and notifications, two users in two browser contexts", () => {
  before(async () => {
    browser = await launchBrowser();
    const { alice: a, bob: b, sortieId: id } = await aliceAndBob(run, password, sortieTitle);
    aliceApi = a.client;
    bobApi = b.client;
    bobId = b.userId;
    sortieId = id;
    alice = await openUser(browser);
    bob = await openUser(browser);
    await signIn(alice, a.email, `/chat/${sortieId}`);
    await composer(alice.page).waitFor();
    await signIn(bob, b.email, "/");
    await chatItem(bob.page).waitFor();
  });

  after(async () => {
    await browser?.close();
  });

  test("Alice picks Bob after '@Bo'; Bob, on his chat list, gets a toast and an @ badge; the chat highlights the mention and reading clears the badge", async () => {
    await composer(alice.page).pressSequentially("Bring the map @Bo");
    const option = mentionList(alice.page).getByRole("option", { name: "Bob" });
    await option.waitFor();
    assert.equal(await mentionList(alice.page).getByRole("option").count(), 1, "only Bob starts with 'Bo'; Alice is never offered");
    assert.equal(await option.getAttribute("aria-selected"), "true");
    assert.equal(await composer(alice.page).getAttribute("aria-activedescendant"), await option.getAttribute("id"));
    await composer(alice.page).press("Enter");
    assert.equal(await composer(alice.page).inputValue(), "Bring the map @Bob ", "Enter picks, it does not send");
    await mentionList(alice.page).waitFor({ state: "hidden" });
    await composer(alice.page).pressSequentially("please");
    await composer(alice.page).press("Enter");
    await bubble(alice.page, "Bring the map").waitFor();
    assert.deepEqual((await sentByAlice("Bring the map @Bob please")).mentions, [bobId]);

    // Bob has not opened the chat in this page: who mentioned him is not known there.
    const toast = bob.page.getByRole("link", { name: "You were mentioned" });
    const badge = chatItem(bob.page).getByLabel("Unread mentions: 1");
    await Promise.all([toast.waitFor(), badge.waitFor()]);
    assert.equal(await badge.textContent(), "@1");
    await toast.click();
    const mention = bubble(bob.page, "Bring the map").locator(".text .mention");
    await mention.waitFor();
    assert.equal(await mention.textContent(), "@Bob");
    assert.equal(await mention.evaluate((span) => span.classList.contains("me")), true, "Bob's own name stands out for him");
    const aliceSees = bubble(alice.page, "Bring the map").locator(".text .mention");
    assert.equal(await aliceSees.textContent(), "@Bob");
    assert.equal(await aliceSees.evaluate((span) => span.classList.contains("me")), false);

    await bob.page.getByRole("link", { name: "Back" }).click();
    await chatItem(bob.page).waitFor();
    await chatItem(bob.page).getByLabel(/^Unread mentions/).waitFor({ state: "detached" });
  });

  test("picked with the mouse, case aside: the toast names Alice once Bob's page knows the chat's members", async () => {
    await composer(alice.page).pressSequentially("Lunch at noon, @b");
    await mentionList(alice.page).getByRole("option", { name: "Bob" }).click();
    assert.equal(await composer(alice.page).inputValue(), "Lunch at noon, @Bob ");
    await composer(alice.page).press("Enter");
    await bob.page.getByRole("link", { name: "Alice mentioned you" }).waitFor();
    await chatItem(bob.page).getByLabel("Unread mentions: 1").waitFor();
  });

  test("Escape closes the list without picking; a picked name erased before sending mentions nobody", async () => {
    await composer(alice.page).pressSequentially("@Bo");
    await mentionList(alice.page).waitFor();
    await composer(alice.page).press("Escape");
    await mentionList(alice.page).waitFor({ state: "hidden" });
    await composer(alice.page).pressSequentially("ats are ready");
    assert.equal(await mentionList(alice.page).isHidden(), true, "not offered again for the dismissed '@'");
    await composer(alice.page).press("Enter");
    await bubble(alice.page, "@Boats are ready").waitFor();

    await composer(alice.page).pressSequentially("@Bo");
    await composer(alice.page).press("ArrowDown"); // one option: stays on Bob
    await composer(alice.page).press("Tab");
    await composer(alice.page).fill("Never mind");
    await composer(alice.page).press("Enter");
    await bubble(alice.page, "Never mind").waitFor();
    assert.deepEqual((await sentByAlice("@Boats are ready")).mentions, []);
    assert.deepEqual((await sentByAlice("Never mind")).mentions, []);
    assert.equal(await bubble(bob.page, "Never mind").count(), 0, "Bob is still on his chat list");
  });

  test("the mute switch in the chat's header stays after a reload, and the chat list marks the chat muted", async () => {
    await chatItem(bob.page).click();
    const mute = bob.page.getByRole("button", { name: "Mute this chat" });
    await mute.waitFor();
    assert.equal(await mute.getAttribute("aria-pressed"), "false");
    await mute.click();
    await bob.page.getByRole("button", { name: "Mute this chat", pressed: true }).waitFor();
    assert.equal((await bobApi.chats.getBySortie(sortieId)).muted, true);

    await bob.page.reload();
    await bob.page.getByRole("button", { name: "Mute this chat", pressed: true }).waitFor();
    await bob.page.getByRole("link", { name: "Back" }).click();
    await chatItem(bob.page).getByRole("img", { name: "Muted" }).waitFor();
  });

  test("no page logged an error so far", () => {
    assert.deepEqual(alice.errors, []);
    assert.deepEqual(bob.errors, []);
  });
});

describe("notifications on this device", () => {
  let dan;

  before(async () => {
    browser = await launchBrowser();
    dan = await register("Dan", run, password);
  });

  after(async () => {
    await browser?.close();
  });

  test("the service worker is served at the root as JavaScript", async () => {
    const response = await fetch(`${serverUrl}/sw.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type"), /^text\/javascript/);
    assert.match(await response.text(), /addEventListener\("push"/);
  });

  test("refused the permission, the offer says notifications are blocked", async () => {
    const user = await openUser(browser);
    try {
      await signIn(user, dan.email, "/");
      const banner = user.page.getByRole("region", { name: "Notifications" });
      await banner.getByRole("button", { name: "Turn on notifications" }).click();
      await banner.getByRole("alert").filter({ hasText: "Notifications are blocked for this site" }).waitFor();
      assert.equal(await user.page.evaluate(() => Notification.permission), "denied");
      assert.deepEqual(user.errors, []);
    } finally {
      await user.context.close();
    }
  });

  test("granted, turning notifications on registers the service worker and subscribes, or says the browser's push service refused", async () => {
    const user = await openUser(browser);
    try {
      await user.context.grantPermissions(["notifications"]);
      await signIn(user, dan.email, "/");
      const banner = user.page.getByRole("region", { name: "Notifications" });
      await banner.getByRole("button", { name: "Turn on notifications" }).click();
      const outcome = banner.getByText(/Notifications are on for this device\.|push service refused the subscription/);
      await outcome.waitFor();
      const scriptUrl = await user.page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
      assert.equal(scriptUrl, `${new URL(serverUrl).origin}/sw.js`);
      const subscriptions = await dan.client.push.listSubscriptions();
      if ((await outcome.textContent()).startsWith("Notifications are on")) {
        assert.equal(subscriptions.length, 1);
      } else {
        // Chromium has no Push API in a Playwright context (incognito-like) and no reachable push service here
        // (Chrome's is Google's): subscribe() fails, and the page says so.
        assert.match(await banner.getByRole("alert").textContent(), /^This browser's push service refused the subscription, so notifications cannot be turned on here \(.+\)\.$/);
        assert.deepEqual(subscriptions, []);
      }

      const worker = user.context.serviceWorkers()[0] ?? (await user.context.waitForEvent("serviceworker"));
      const payload = { sortieId: randomUUID(), chatId: randomUUID(), seq: 7, title: "Kayak trip", body: "Alice: see you at the lake", kind: "mention" };
      const shown = await worker.evaluate(async (pushed) => {
        await showPush(pushed);
        return (await self.registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, url: n.data.url }));
      }, payload);
      assert.deepEqual(shown, [{ title: "Kayak trip", body: "Alice: see you at the lake", url: `${new URL(serverUrl).origin}/#/chat/${payload.sortieId}` }]);
      await worker.evaluate((url) => openChat(url), shown[0].url);
      await user.page.waitForURL(`**/#/chat/${payload.sortieId}`);
      // A Playwright context is incognito-like, where Chromium logs that it has no Push API (https://crbug.com/41124656).
      assert.deepEqual(user.errors.filter((error) => !error.includes("does not support the Push API in incognito mode")), []);
    } finally {
      await user.context.close();
    }
  });
});
