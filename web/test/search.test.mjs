// Message search in a real browser (GET /chats/{chatId}/search, DESIGN.md section 8): Alice and Bob, members of one
// chat set up through the SDK, each in a browser context of their own; Bob searches.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { aliceAndBob, bubble, launchBrowser, openUser, screenshot } from "./support.mjs";

const run = randomUUID().slice(0, 8);
const password = "correct horse battery";
const fillers = 60;
let browser;
let alice;
let bob;
/** Alice and Bob as the SDK registered them, and their sortie (support.mjs aliceAndBob). */
let members;

async function signIn(user, email) {
  await user.page.goto(`/#/chat/${members.sortieId}`);
  await user.page.getByLabel("Email").fill(email);
  await user.page.getByLabel("Password").fill(password);
  await user.page.getByLabel("Password").press("Enter");
  await composer(user.page).waitFor();
}

const composer = (page) => page.getByRole("textbox", { name: "Message" });
const searchButton = (page) => page.getByRole("button", { name: "Search the messages" });
const searchBox = (page) => page.getByRole("searchbox", { name: "Search" });
const results = (page) => page.getByRole("list", { name: "Search results" }).getByRole("listitem");
const result = (page, text) => results(page).filter({ hasText: text }).getByRole("button");

async function send(page, text) {
  await composer(page).fill(text);
  await composer(page).press("Enter");
  await bubble(page, text).waitFor();
}

/** The texts of the results on screen, once there are `count` of them. */
async function resultTexts(page, count) {
  await results(page).nth(count - 1).waitFor();
  return results(page).locator(".search-text").allTextContents();
}

/** Whether the element is inside the visible part of the chat's scroller. */
function inView(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const frame = element.closest(".scroller").getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  });
}

describe("message search, two users in two browser contexts", () => {
  before(async () => {
    browser = await launchBrowser();
    members = await aliceAndBob(run, password, `Dinner in town ${run}`);
    [alice, bob] = [await openUser(browser), await openUser(browser)];
    await signIn(alice, members.alice.email);
    await signIn(bob, members.bob.email);
  });

  after(async () => {
    await browser?.close();
  });

  test("Alice and Bob talk; a long run of lines pushes Alice's first message out of Bob's first page", async () => {
    await send(alice.page, "Rendez-vous au Café de la Gare");
    await bubble(bob.page, "Rendez-vous au Café de la Gare").waitFor();
    for (let i = 1; i <= fillers; i++) {
      await members[i % 2 ? "alice" : "bob"].client.messages.send(members.sortieId, { type: "text", content: `Ligne ${i}`, clientMessageId: `ligne-${run}-${i}` });
    }
    await bob.page.reload();
    await bubble(bob.page, `Ligne ${fillers}`).waitFor();
    await send(bob.page, "le cafe est fermé");
    await bubble(alice.page, "le cafe est fermé").waitFor();
    assert.equal(await bubble(bob.page, "Rendez-vous au Café de la Gare").count(), 0, "not in the page Bob's chat opened with");
  });

  test("'cafe' finds both, newest first, each with its sender and the word marked whatever its accents and case", async () => {
    await searchButton(bob.page).click();
    assert.equal(await searchButton(bob.page).getAttribute("aria-expanded"), "true");
    assert.equal(await searchBox(bob.page).evaluate((input) => input === document.activeElement && input.type === "search"), true);
    await searchBox(bob.page).pressSequentially("cafe"); // typing searches after a pause
    assert.deepEqual(await resultTexts(bob.page, 2), ["le cafe est fermé", "Rendez-vous au Café de la Gare"]);
    assert.equal(await results(bob.page).count(), 2);
    assert.deepEqual(await results(bob.page).locator(".search-sender").allTextContents(), ["You", "Alice"]);
    assert.deepEqual(await results(bob.page).nth(0).locator("mark").allTextContents(), ["cafe"]);
    assert.deepEqual(await results(bob.page).nth(1).locator("mark").allTextContents(), ["Café"]);
    assert.match(await results(bob.page).nth(0).locator("time").getAttribute("datetime"), /^\d{4}-\d\d-\d\dT/);
    await screenshot(bob.page, "search");
  });

  test("'gar' finds the first by the prefix of 'Gare'; a word found nowhere shows the empty state", async () => {
    await searchBox(bob.page).fill("gar");
    await searchBox(bob.page).press("Enter");
    await results(bob.page).locator("mark", { hasText: /^Gar$/ }).waitFor();
    assert.deepEqual(await resultTexts(bob.page, 1), ["Rendez-vous au Café de la Gare"]);

    await searchBox(bob.page).fill("zorglub");
    await bob.page.getByRole("status").filter({ hasText: "No messages found" }).waitFor();
    assert.equal(await results(bob.page).count(), 0);
  });

  test("a query the server refuses shows its error; one without a letter or digit is not sent and clears it", async () => {
    await searchBox(bob.page).fill("one two three four five six seven eight nine ten eleven");
    await searchBox(bob.page).press("Enter");
    const error = bob.page.locator(".search-panel .form-error");
    await bob.page.locator(".search-panel").getByRole("alert").filter({ hasText: "Check what you entered." }).waitFor();

    await searchBox(bob.page).fill("?!");
    await searchBox(bob.page).press("Enter");
    assert.equal(await error.textContent(), "");
    assert.equal(await results(bob.page).count(), 0);
    assert.equal(await bob.page.locator(".search-empty").textContent(), "");
  });

  test("'More results' reads the next pages until there are no more", async () => {
    await searchBox(bob.page).fill("ligne");
    await searchBox(bob.page).press("Enter");
    const more = bob.page.getByRole("button", { name: "More results" });
    await more.waitFor();
    assert.equal((await resultTexts(bob.page, 20)).length, 20);
    await more.click();
    await results(bob.page).nth(39).waitFor();
    await more.click();
    const texts = await resultTexts(bob.page, fillers);
    assert.deepEqual(texts, Array.from({ length: fillers }, (_, i) => `Ligne ${fillers - i}`));
    await more.waitFor({ state: "hidden" });
  });

  test("a click on a result brings the message into view and highlights it, loading older pages when needed", async () => {
    await searchBox(bob.page).fill("cafe");
    await searchBox(bob.page).press("Enter");
    await resultTexts(bob.page, 2);
    await result(bob.page, "Rendez-vous").click();
    const first = bubble(bob.page, "Rendez-vous au Café de la Gare");
    await bob.page.locator("li.message.highlight").filter({ hasText: "Rendez-vous au Café de la Gare" }).waitFor();
    assert.equal(await inView(first), true);
    const seqs = await bob.page.locator("li[data-seq]").evaluateAll((items) => items.map((item) => Number(item.dataset.seq)));
    assert.deepEqual(seqs, Array.from({ length: seqs.length }, (_, i) => seqs[0] + i), "the pages read in between, each message once");

    const latest = bubble(bob.page, "le cafe est fermé");
    assert.equal(await inView(latest), false);
    await result(bob.page, "le cafe").click();
    await bob.page.locator("li.message.highlight").filter({ hasText: "le cafe est fermé" }).waitFor();
    assert.equal(await inView(latest), true);
  });

  test("Escape closes the panel and gives the focus back to its button; the query is still there when it opens again", async () => {
    await searchBox(bob.page).press("Escape");
    await searchBox(bob.page).waitFor({ state: "hidden" });
    assert.equal(await searchButton(bob.page).getAttribute("aria-expanded"), "false");
    assert.equal(await searchButton(bob.page).evaluate((button) => button === document.activeElement), true);
    await searchButton(bob.page).click();
    assert.equal(await searchBox(bob.page).inputValue(), "cafe");
    await searchBox(bob.page).press("Escape");
  });

  test("in French: the button, the field and the empty state", async () => {
    await bob.page.getByRole("combobox", { name: "Language" }).selectOption("fr");
    await bob.page.getByRole("button", { name: "Rechercher dans les messages" }).click();
    await bob.page.getByRole("searchbox", { name: "Rechercher" }).fill("zorglub");
    await bob.page.getByRole("status").filter({ hasText: "Aucun message trouvé" }).waitFor();
    await bob.page.getByRole("combobox", { name: "Langue" }).selectOption("en");
    await searchButton(bob.page).waitFor();
  });

  test("on a phone-sized screen the panel and its results fit the width", async () => {
    const phone = await openUser(browser, { viewport: { width: 390, height: 844 } });
    try {
      await signIn(phone, members.bob.email);
      await searchButton(phone.page).click();
      await searchBox(phone.page).fill("cafe");
      await searchBox(phone.page).press("Enter");
      await resultTexts(phone.page, 2);
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      await screenshot(phone.page, "search-phone");
      await result(phone.page, "le cafe").click();
      await phone.page.locator("li.message.highlight").filter({ hasText: "le cafe est fermé" }).waitFor();
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.context.close();
    }
  });

  test("results follow the messages: an edit shows in its result, which goes once it no longer matches; a deleted one goes", async () => {
    await searchButton(bob.page).click();
    await searchBox(bob.page).fill("cafe");
    await searchBox(bob.page).press("Enter");
    assert.deepEqual(await resultTexts(bob.page, 2), ["le cafe est fermé", "Rendez-vous au Café de la Gare"]);
    const oldest = await members.alice.client.messages.getBySortie(members.sortieId, 10, null, null, 0);
    const rendezVous = oldest.items.find((message) => message.content === "Rendez-vous au Café de la Gare").id;

    await members.alice.client.messages.edit(rendezVous, { content: "Rendez-vous au Café du Port" });
    await result(bob.page, "Café du Port").waitFor();
    await members.alice.client.messages.edit(rendezVous, { content: "Rendez-vous au port" });
    await result(bob.page, "Rendez-vous").waitFor({ state: "detached" });
    assert.deepEqual(await results(bob.page).locator(".search-text").allTextContents(), ["le cafe est fermé"]);

    await bob.page.locator("li.message").filter({ hasText: "le cafe est fermé" }).hover();
    await bob.page.locator("li.message").filter({ hasText: "le cafe est fermé" }).getByRole("button", { name: "Delete", exact: true }).click();
    await bob.page.getByRole("group", { name: "Delete this message?" }).getByRole("button", { name: "Delete" }).click();
    await result(bob.page, "le cafe").waitFor({ state: "detached" });
    await bob.page.locator(".search-empty").filter({ hasText: "No messages found" }).waitFor();
  });

  test("a new message that matches the query on screen comes first among the results; one that does not stays out", async () => {
    await send(alice.page, "Un café avant ?");
    await send(alice.page, "Rendez-vous à huit heures");
    await result(bob.page, "Un café avant").waitFor();
    assert.deepEqual(await results(bob.page).locator(".search-text").allTextContents(), ["Un café avant ?"]);
    assert.equal(await bob.page.locator(".search-empty").textContent(), "");
    await send(bob.page, "Cafés partout");
    await result(bob.page, "Cafés partout").waitFor();
    assert.deepEqual(await results(bob.page).locator(".search-text").allTextContents(), ["Cafés partout", "Un café avant ?"]);
  });

  test("no page logged an error", () => {
    assert.deepEqual(alice.errors, []);
    // The refused query is answered 400: the browser reports that response itself; the page logs nothing else.
    assert.deepEqual(bob.errors.filter((error) => !error.includes("400")), []);
  });
});
