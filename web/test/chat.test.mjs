// The web client in a real browser (Debian's Chromium through playwright-core), against the real server that
// build/test-web.sh started: two browser contexts act as two users. Bob's page is served through a loopback proxy
// so that his connection can be cut while Alice goes on talking.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { SortieChatClient } from "@sortiechat/client";
import { bubble, launchBrowser, openUser, png, screenshot, serverUrl, startProxy, wav } from "./support.mjs";

const run = randomUUID().slice(0, 8);
const password = "correct horse battery";
const sortieTitle = `Picnic by the river ${run}`;
let browser;
let proxy;
let alice;
let bob;
let sortieUrl;

async function signUp(user, name) {
  const { page } = user;
  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).click();
  await page.getByLabel("Name shown to others").fill(name);
  await page.getByLabel("Email").fill(`${name.toLowerCase()}.${run}@example.com`);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
  await page.getByRole("heading", { name: "Your chats" }).waitFor();
}

async function send(page, text) {
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill(text);
  await composer.press("Enter");
  await bubble(page, text).first().waitFor();
}

describe("the web client, two users in two browser contexts", () => {
  before(async () => {
    browser = await launchBrowser();
    proxy = await startProxy(serverUrl);
    alice = await openUser(browser);
    bob = await openUser(browser, { baseURL: proxy.url });
  });

  after(async () => {
    await browser?.close();
    await proxy?.close();
  });

  test("signed out, / shows the sign-in form, opens no hub connection and logs no error", async () => {
    const hubRequests = [];
    alice.page.on("request", (request) => new URL(request.url()).pathname.startsWith("/chat") && hubRequests.push(request.url()));
    await alice.page.goto("/");
    const form = alice.page.locator("form");
    await form.locator('input[type="email"]').waitFor();
    assert.equal(await form.locator('input[type="password"]').count(), 1);
    assert.equal(await alice.page.getByRole("link", { name: "Sign up" }).count(), 1);
    await alice.page.getByLabel("Email").fill(`nobody.${run}@example.com`);
    await alice.page.getByLabel("Password").fill("wrong password");
    await alice.page.getByLabel("Password").press("Enter");
    await alice.page.getByRole("alert").filter({ hasText: "Wrong email or password." }).waitFor();
    await screenshot(alice.page, "sign-in");
    assert.deepEqual(hubRequests, []);
    // The refused login is answered 401: the browser reports that response itself; the page logs nothing else.
    assert.deepEqual(alice.errors.filter((error) => !error.includes("401")), []);
  });

  test("both sign up; Alice creates a sortie; Bob opens its link and asks to join; Alice accepts him by name", async () => {
    await signUp(alice, "Alice");
    await signUp(bob, "Bob");
    await alice.page.getByRole("link", { name: "New sortie" }).click();
    await alice.page.getByLabel("Title").fill(sortieTitle);
    await alice.page.getByLabel("Description").fill("Bring something to share.");
    await alice.page.getByRole("button", { name: "Create the sortie" }).click();
    const share = alice.page.getByLabel("Link to share");
    await share.waitFor();
    const link = await share.inputValue();
    sortieUrl = new URL(link);
    assert.match(sortieUrl.hash, /^#\/s\/[0-9a-f-]{36}$/);

    await bob.page.goto(`/${sortieUrl.hash}`);
    await bob.page.getByRole("heading", { name: sortieTitle }).waitFor();
    await bob.page.getByRole("button", { name: "Ask to join" }).click();
    await bob.page.getByText("Your request is waiting for the organiser.").waitFor();

    await alice.page.getByRole("button", { name: "Accept Bob" }).waitFor(); // arrives live (notification)
    await alice.page.getByText("Bob asks to join your sortie.").waitFor(); // the toast names who asks
    await screenshot(alice.page, "requests");
    await alice.page.getByRole("button", { name: "Accept Bob" }).click();
    await alice.page.getByRole("list", { name: "Participants" }).getByText("Bob").waitFor();
    await bob.page.getByRole("link", { name: "Open the chat" }).first().click();
    await bob.page.getByRole("textbox", { name: "Message" }).waitFor();
  });

  test("the home screen lists the chat by its sortie title with a live unread badge", async () => {
    await alice.page.goto("/");
    const item = alice.page.getByRole("link").filter({ hasText: sortieTitle });
    await item.waitFor();
    await send(bob.page, "Is anyone bringing a ball?");
    await item.getByText("Is anyone bringing a ball?").waitFor();
    // Unread: the system message announcing Bob, and his message (DESIGN.md: unread = lastSeq - watermark).
    await item.getByLabel("2 unread").waitFor();
    await screenshot(alice.page, "home");
    await item.click();
    await alice.page.getByRole("textbox", { name: "Message" }).waitFor();
  });

  test("messages go both ways in real time, with the typing indicator and 'seen by'", async () => {
    await bubble(alice.page, "Is anyone bringing a ball?").waitFor();
    await alice.page.getByRole("textbox", { name: "Message" }).pressSequentially("I will", { delay: 20 });
    await bob.page.getByText("Alice is typing…").waitFor();
    await alice.page.getByRole("textbox", { name: "Message" }).press("Shift+Enter");
    await alice.page.getByRole("textbox", { name: "Message" }).pressSequentially("and a frisbee!");
    assert.equal(await alice.page.getByRole("textbox", { name: "Message" }).inputValue(), "I will\nand a frisbee!");
    await alice.page.getByRole("textbox", { name: "Message" }).press("Enter");
    await bubble(bob.page, "and a frisbee!").waitFor();
    assert.equal(await bubble(bob.page, "and a frisbee!").locator(".text").textContent(), "I will\nand a frisbee!");
    assert.equal(await bubble(alice.page, "and a frisbee!").evaluate((element) => element.classList.contains("mine")), true);
    await alice.page.getByText("Seen by Bob").waitFor();

    await send(bob.page, "Great, see you there");
    await bubble(alice.page, "Great, see you there").waitFor();
    await bob.page.getByText("Seen by Alice").waitFor();
    await bob.page.getByText("Alice is typing…").waitFor({ state: "hidden" });
  });

  test("a reply shows its quote on both sides", async () => {
    await bubble(bob.page, "and a frisbee!").hover();
    await bubble(bob.page, "and a frisbee!").getByRole("button", { name: "Reply" }).click();
    await send(bob.page, "Perfect");
    const quoted = bubble(alice.page, "Perfect").getByRole("button", { name: "Show the message of You being answered" });
    await quoted.waitFor();
    assert.match(await quoted.textContent(), /and a frisbee!/);
  });

  test("an uploaded image shows its preview, then its thumbnail on both sides", async () => {
    await bob.page.locator("#composer-file").setInputFiles({ name: "river.png", mimeType: "image/png", buffer: png(640, 480) });
    await bob.page.getByRole("img", { name: "Preview of the attached image" }).waitFor();
    await bob.page.getByRole("textbox", { name: "Message" }).fill("The spot");
    await bob.page.getByRole("textbox", { name: "Message" }).press("Enter");
    for (const page of [bob.page, alice.page]) {
      const image = bubble(page, "The spot").locator("img.thumbnail");
      await image.waitFor();
      await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, await image.elementHandle());
      const { src, link } = await image.evaluate((element) => ({ src: element.getAttribute("src"), link: element.closest("a").getAttribute("href") }));
      assert.match(src, /^\/media\//);
      assert.notEqual(src, link, "the bubble shows the thumbnail and links to the full image");
    }
  });

  test("a file shows as a link with its name and size", async () => {
    await bob.page.locator("#composer-file").setInputFiles({ name: "packing list.txt", mimeType: "text/plain", buffer: Buffer.from("Blanket\nBread\nCheese\n") });
    await bob.page.getByRole("textbox", { name: "Message" }).press("Enter");
    const file = alice.page.locator("li.message a.file").filter({ hasText: "packing list.txt" });
    await file.waitFor();
    assert.match(await file.getAttribute("href"), /^\/media\//);
    assert.match(await file.textContent(), /packing list\.txt · 21 B/);
  });

  test("audio comes with a player, and a shared location with its coordinates and a map link", async () => {
    await bob.page.locator("#composer-file").setInputFiles({ name: "voice.wav", mimeType: "audio/wav", buffer: wav(0.5) });
    await bob.page.getByRole("textbox", { name: "Message" }).press("Enter");
    const player = alice.page.locator("li.message audio[controls]").last();
    await player.waitFor({ state: "attached" });
    assert.match(await player.getAttribute("src"), /^\/media\//);

    await alice.context.grantPermissions(["geolocation"]);
    await alice.context.setGeolocation({ latitude: 48.8584, longitude: 2.2945 });
    await alice.page.getByRole("button", { name: "Share my location" }).click();
    const place = bob.page.locator("li.message .location").filter({ hasText: "48.85840, 2.29450" });
    await place.waitFor();
    assert.match(await place.getByRole("link", { name: "Open the map" }).getAttribute("href"), /openstreetmap\.org\/\?mlat=48\.8584&mlon=2\.2945/);
    await alice.page.getByText("Seen by Bob").waitFor();
  });

  test("a mention, a heart and the creator's pin show on both sides", async () => {
    const composer = bob.page.getByRole("textbox", { name: "Message" });
    await composer.pressSequentially("@Al");
    await bob.page.getByRole("option", { name: "Alice" }).waitFor();
    await composer.press("Enter");
    await composer.pressSequentially("the blanket is in my car");
    await composer.press("Enter");
    const mention = bubble(alice.page, "the blanket is in my car");
    await mention.locator(".mention.me").filter({ hasText: "@Alice" }).waitFor();

    await mention.hover();
    await mention.getByRole("button", { name: "React", exact: true }).click();
    await alice.page.getByRole("button", { name: "React with ❤️" }).click();
    await bubble(bob.page, "the blanket is in my car").getByRole("button", { name: "❤️ 1" }).waitFor();

    await bubble(alice.page, "The spot").hover();
    await bubble(alice.page, "The spot").getByRole("button", { name: "Pin", exact: true }).click();
    await bob.page.getByText("Pinned messages (1)").waitFor();
    await alice.page.getByText("Pinned messages (1)").waitFor();
    // The picture without a hovered or focused message's buttons.
    await alice.page.mouse.move(0, 0);
    await alice.page.getByRole("textbox", { name: "Message" }).focus();
    await screenshot(alice.page, "chat");
  });

  test("a script injection attempt shows as text", async () => {
    const attack = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>`;
    await send(alice.page, attack);
    await bubble(bob.page, "<b>bold</b>").waitFor();
    for (const page of [alice.page, bob.page]) {
      assert.equal(await bubble(page, "<b>bold</b>").locator(".text").textContent(), attack);
      assert.equal(await bubble(page, "<b>bold</b>").locator(".text b, .text img, .text script").count(), 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    }
  });

  test("deleting one's own message updates the other side", async () => {
    await send(alice.page, "Oops, wrong chat");
    await bubble(bob.page, "Oops, wrong chat").waitFor();
    const mine = bubble(alice.page, "Oops, wrong chat");
    await mine.hover();
    await mine.getByRole("button", { name: "Delete" }).click();
    await alice.page.getByRole("group", { name: "Delete this message?" }).getByRole("button", { name: "Delete" }).click();
    await bubble(bob.page, "Oops, wrong chat").waitFor({ state: "detached" });
    await mine.waitFor({ state: "detached" });
    for (const page of [alice.page, bob.page]) {
      assert.equal(await page.locator("li.message .deleted-text").filter({ hasText: "This message was deleted" }).count(), 1);
    }
    assert.equal(await bubble(bob.page, "The spot").getByRole("button", { name: "Delete" }).count(), 1, "Bob may delete his own");
    assert.equal(await bubble(bob.page, "Great, see you there").getByRole("button", { name: "Delete" }).count(), 1);
    assert.equal(await bubble(bob.page, "and a frisbee!").getByRole("button", { name: "Delete" }).count(), 0, "not Alice's");
  });

  test("no page logged an error so far", () => {
    assert.deepEqual(bob.errors, []);
    assert.deepEqual(alice.errors.filter((error) => !error.includes("401")), []);
  });

  test("a lost connection shows the banner; after it comes back the messages sent meanwhile show once each", async () => {
    proxy.cut();
    await bob.page.getByRole("status").filter({ hasText: "Connection lost: reconnecting…" }).waitFor();
    await send(alice.page, "Sent while Bob was away 1");
    await send(alice.page, "Sent while Bob was away 2");
    proxy.restore();
    await bob.page.getByRole("status").filter({ hasText: "Connection lost" }).waitFor({ state: "hidden", timeout: 30_000 });
    await bubble(bob.page, "Sent while Bob was away 2").waitFor();
    await send(alice.page, "And after");
    await bubble(bob.page, "And after").waitFor();
    const seqs = await bob.page.locator("li[data-seq]").evaluateAll((items) => items.map((item) => Number(item.dataset.seq)));
    assert.deepEqual(seqs, [...new Set(seqs)].sort((a, b) => a - b), "one element per seq, in order");
    assert.equal(await bubble(bob.page, "Sent while Bob was away 1").count(), 1);
  });

  test("French from the browser's language, with a switch; the composer is 'Message' in both", async () => {
    const claire = await openUser(browser, { locale: "fr-FR" });
    try {
      await claire.page.goto("/");
      await claire.page.getByRole("heading", { name: "Connexion" }).waitFor();
      await claire.page.getByRole("link", { name: "Créer un compte" }).click();
      await claire.page.getByLabel("Nom affiché").fill("Claire");
      await claire.page.getByLabel("E-mail").fill(`claire.${run}@example.com`);
      await claire.page.getByLabel("Mot de passe").fill(password);
      await claire.page.getByLabel("Mot de passe").press("Enter");
      await claire.page.getByRole("heading", { name: "Vos discussions" }).waitFor();
      await claire.page.goto(`/${sortieUrl.hash}`);
      await claire.page.getByRole("button", { name: "Demander à participer" }).waitFor();
      await claire.page.getByRole("combobox", { name: "Langue" }).selectOption("en");
      await claire.page.getByRole("button", { name: "Ask to join" }).waitFor();
      await claire.page.getByRole("combobox", { name: "Language" }).selectOption("fr");
      await alice.page.goto(`/${sortieUrl.hash.replace("/s/", "/chat/")}`);
      await alice.page.getByRole("combobox", { name: "Language" }).selectOption("fr");
      await alice.page.getByRole("textbox", { name: "Message" }).waitFor();
      await alice.page.getByRole("group", { name: "Actions sur le message" }).first().waitFor({ state: "attached" });
      await alice.page.goto("/");
      await alice.page.getByRole("searchbox", { name: "Rechercher" }).waitFor({ state: "attached" });
      await alice.page.getByRole("combobox", { name: "Langue" }).selectOption("en");
      assert.deepEqual(claire.errors, []);
    } finally {
      await claire.context.close();
    }
  });

  test("a long history loads older pages when scrolling up, each message once, in order", async () => {
    const dora = new SortieChatClient({ serverUrl });
    const email = `dora.${run}@example.com`;
    dora.accessToken = (await dora.auth.register({ email, password, displayName: "Dora" })).accessToken;
    const sortie = await dora.sorties.create({ title: `Long talk ${run}`, startsAt: "2026-12-24T12:00:00Z", maxParticipants: 5 });
    for (let i = 1; i <= 130; i++) {
      await dora.messages.send(sortie.id, { type: "text", content: `Line ${i}`, clientMessageId: `line-${i}` });
    }
    const user = await openUser(browser);
    try {
      await user.page.goto(`/#/chat/${sortie.id}`);
      await user.page.getByLabel("Email").fill(email);
      await user.page.getByLabel("Password").fill(password);
      await user.page.getByLabel("Password").press("Enter");
      await bubble(user.page, "Line 130").waitFor();
      assert.equal(await bubble(user.page, /^Line 1$/).count(), 0, "the first page is the newest");
      const start = user.page.getByText("This is the start of the conversation.");
      for (let tries = 0; tries < 20 && !(await start.isVisible()); tries++) {
        await user.page.locator(".scroller").evaluate((scroller) => scroller.scrollTo(0, 0));
        await user.page.waitForTimeout(250);
      }
      await bubble(user.page, /^Line 1$/).waitFor();
      const seqs = await user.page.locator("li[data-seq]").evaluateAll((items) => items.map((item) => Number(item.dataset.seq)));
      assert.deepEqual(seqs, Array.from({ length: 131 }, (_, i) => i + 1));
      assert.deepEqual(user.errors, []);
    } finally {
      await user.context.close();
    }
  });

  test("on a phone-sized screen the chat fits the width", async () => {
    const phone = await openUser(browser, { viewport: { width: 390, height: 844 } });
    try {
      await phone.page.goto("/");
      await phone.page.getByLabel("Email").fill(`alice.${run}@example.com`);
      await phone.page.getByLabel("Password").fill(password);
      await phone.page.getByLabel("Password").press("Enter");
      await phone.page.getByRole("link").filter({ hasText: sortieTitle }).waitFor();
      await screenshot(phone.page, "home-phone");
      await phone.page.getByRole("link").filter({ hasText: sortieTitle }).click();
      await bubble(phone.page, "The spot").locator("img.thumbnail").waitFor();
      await phone.page.waitForFunction(() => [...document.images].every((image) => image.complete));
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      // The picture shows the pinned image, the mention and its reaction rather than the last lines of the test.
      await phone.page.mouse.move(0, 0); // the chat link's click left the pointer over a message, showing its buttons
      await bubble(phone.page, "the blanket is in my car").evaluate((element) => element.scrollIntoView({ block: "end" }));
      await screenshot(phone.page, "chat-phone");
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.context.close();
    }
  });
});
