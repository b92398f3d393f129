// Edits, reactions and pins in a real browser (DESIGN.md section 8): Alice (the sortie's creator) and Bob, members of
// one chat set up through the SDK, each in a browser context of their own. Bob's page goes through a loopback proxy
// so that his connection can be cut while Alice changes messages.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { aliceAndBob, bubble, launchBrowser, openUser, serverUrl, startProxy } from "./support.mjs";

const run = randomUUID().slice(0, 8);
const password = "correct horse battery";
let browser;
let proxy;
let alice;
let bob;
let aliceApi;
let chatRoute;

async function signIn(user, email) {
  await user.page.goto(`/#${chatRoute}`);
  await user.page.getByLabel("Email").fill(email);
  await user.page.getByLabel("Password").fill(password);
  await user.page.getByLabel("Password").press("Enter");
  await user.page.getByRole("textbox", { name: "Message" }).waitFor();
}

async function send(page, text) {
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill(text);
  await composer.press("Enter");
  await bubble(page, text).waitFor();
}

async function action(page, text, name) {
  await bubble(page, text).hover();
  await bubble(page, text).getByRole("group", { name: "Message actions" }).getByRole("button", { name, exact: true }).click();
}

async function edit(page, text, replacement) {
  await action(page, text, "Edit");
  const box = page.getByRole("textbox", { name: "Edit the message" });
  await box.fill(replacement);
  await box.press("Enter");
}

describe("edits, reactions and pins, two users in two browser contexts", () => {
  before(async () => {
    browser = await launchBrowser();
    proxy = await startProxy(serverUrl);
    const { alice: a, bob: b, sortieId } = await aliceAndBob(run, password, `Boules in the park ${run}`);
    aliceApi = a.client;
    chatRoute = `/chat/${sortieId}`;
    alice = await openUser(browser);
    bob = await openUser(browser, { baseURL: proxy.url });
    await signIn(alice, a.email);
    await signIn(bob, b.email);
  });

  after(async () => {
    await browser?.close();
    await proxy?.close();
  });

  test("a reaction and an edit show on the other side", async () => {
    await send(bob.page, "See you at noon");
    await bubble(alice.page, "See you at noon").waitFor();

    await edit(bob.page, "See you at noon", "See you at one");
    await action(bob.page, "See you at one", "React");
    await bob.page.getByRole("button", { name: "React with 🎉" }).click();

    const seen = bubble(alice.page, "See you at one");
    await seen.waitFor();
    assert.equal(await seen.locator(".bubble > .text").textContent(), "See you at one");
    assert.equal(await seen.locator(".edited").textContent(), "(edited) ");
    const chip = seen.getByRole("button", { name: "🎉 1" });
    await chip.waitFor();
    assert.equal(await chip.getAttribute("aria-pressed"), "false", "Alice did not react");
    assert.equal(await bubble(bob.page, "See you at one").getByRole("button", { name: "🎉 1" }).getAttribute("aria-pressed"), "true");
    assert.equal(await bubble(alice.page, "See you at noon").count(), 0);

    await chip.click(); // Alice joins the reaction, then takes it back
    await bubble(bob.page, "See you at one").getByRole("button", { name: "🎉 2" }).waitFor();
    assert.equal(await seen.getByRole("button", { name: "🎉 2" }).getAttribute("aria-pressed"), "true");
    await seen.getByRole("button", { name: "🎉 2" }).click();
    await bubble(bob.page, "See you at one").getByRole("button", { name: "🎉 1" }).waitFor();
    assert.equal(await bubble(alice.page, "See you at one").getByRole("button", { name: "Edit", exact: true }).count(), 0, "not Alice's to edit");
  });

  test("an edit the server refuses shows its error under the text box, and the message stays as it was", async () => {
    await action(bob.page, "See you at one", "Edit");
    const box = bob.page.getByRole("textbox", { name: "Edit the message" });
    await box.fill("");
    await box.press("Enter");
    await bob.page.getByRole("form", { name: "Edit the message" }).getByRole("alert").filter({ hasText: "Check what you entered." }).waitFor();
    await box.press("Escape");
    await bubble(bob.page, "See you at one").locator(".bubble > .text").waitFor();
  });

  test("the creator's pin shows on the message for both, and in the pinned list of the other member after reload", async () => {
    await send(bob.page, "Meet at the north gate");
    await action(alice.page, "Meet at the north gate", "Pin");
    await bubble(alice.page, "Meet at the north gate").getByText("Pinned", { exact: true }).waitFor();
    await bubble(bob.page, "Meet at the north gate").getByText("Pinned", { exact: true }).waitFor();
    await bob.page.getByText("Pinned messages (1)").waitFor();
    assert.equal(await bubble(bob.page, "Meet at the north gate").getByRole("button", { name: "Pin", exact: true }).count(), 0, "only the creator pins");

    await bob.page.reload();
    await bubble(bob.page, "Meet at the north gate").waitFor();
    await bob.page.getByText("Pinned messages (1)").click();
    const pinned = bob.page.getByRole("list", { name: "Pinned messages" });
    await pinned.getByRole("button", { name: "Show the pinned message of You" }).waitFor();
    assert.match(await pinned.textContent(), /Meet at the north gate/);
  });

  test("no page logged an error so far", () => {
    assert.deepEqual(alice.errors, []);
    assert.deepEqual(bob.errors, []);
  });

  test("changes made while a page was offline show once it is back, each message once", async () => {
    await send(alice.page, "Bring a tape measure");
    await send(alice.page, "Bring cushions");
    await bubble(bob.page, "Bring cushions").waitFor();
    proxy.cut();
    await bob.page.getByRole("status").filter({ hasText: "Connection lost: reconnecting…" }).waitFor();
    const history = await aliceApi.messages.getBySortie(chatRoute.split("/")[2]);
    const byText = (text) => history.items.find((message) => message.content === text);
    await aliceApi.messages.edit(byText("Bring a tape measure").id, { content: "Bring a tape measure and chalk" });
    await aliceApi.messages.addReaction(byText("See you at one").id, "👍");
    await aliceApi.messages.unpin(byText("Meet at the north gate").id);
    await aliceApi.messages.pin(byText("Bring cushions").id);
    await aliceApi.messages.delete(byText("Bring cushions").id);
    await aliceApi.messages.send(chatRoute.split("/")[2], { type: "text", content: "Sent while Bob was away" });
    proxy.restore();

    await bob.page.getByRole("status").filter({ hasText: "Connection lost" }).waitFor({ state: "hidden", timeout: 30_000 });
    await bubble(bob.page, "Sent while Bob was away").waitFor();
    await bubble(bob.page, "Bring a tape measure and chalk").locator(".edited").waitFor();
    await bubble(bob.page, "See you at one").getByRole("button", { name: "👍 1" }).waitFor();
    await bubble(bob.page, "Meet at the north gate").getByText("Pinned", { exact: true }).waitFor({ state: "detached" });
    await bob.page.getByText(/^Pinned messages/).waitFor({ state: "hidden" });
    await bubble(bob.page, "Bring cushions").waitFor({ state: "detached" });
    const seqs = await bob.page.locator("li[data-seq]").evaluateAll((items) => items.map((item) => Number(item.dataset.seq)));
    assert.deepEqual(seqs, [...new Set(seqs)].sort((a, b) => a - b), "one element per seq, in order");
    assert.equal(await bob.page.locator("li.message .deleted-text").count(), 1);
  });

  test("the creator deletes a member's message: gone for both; the member cannot delete the creator's", async () => {
    await send(bob.page, "Selling bikes, cheap");
    await action(alice.page, "Selling bikes, cheap", "Delete");
    await alice.page.getByRole("group", { name: "Delete this message?" }).getByRole("button", { name: "Delete" }).click();

    await bubble(alice.page, "Selling bikes, cheap").waitFor({ state: "detached" });
    await bubble(bob.page, "Selling bikes, cheap").waitFor({ state: "detached" });
    assert.equal(await bob.page.locator("li.message .deleted-text").count(), 2);
    await bubble(bob.page, "Sent while Bob was away").hover();
    assert.equal(await bubble(bob.page, "Sent while Bob was away").getByRole("button", { name: "Delete", exact: true }).count(), 0, "not Bob's");
    assert.deepEqual(alice.errors, []);
  });

});
