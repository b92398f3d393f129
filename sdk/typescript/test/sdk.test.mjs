import { test } from "node:test";
import assert from "node:assert/strict";
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { SortieChatClient, SortieChatError } from "../dist/index.js";
import { aliceAndBob, register, serverUrl, startProxy, waitFor } from "./support.mjs";

test("full scenario: join, send and receive, mark read, page history, delete", async (t) => {
  const { alice, bob, sortie } = await aliceAndBob();
  const aliceChat = alice.client.connectChat();
  const bobChat = bob.client.connectChat();
  t.after(() => Promise.all([aliceChat.stop(), bobChat.stop()]));
  const received = [];
  const deleted = [];
  aliceChat.onReceiveMessage((message) => received.push(message));
  aliceChat.onMessageDeleted((event) => deleted.push(event));
  await aliceChat.start();
  await bobChat.start();
  const snapshot = await aliceChat.joinRoom(sortie.id);
  await bobChat.joinRoom(sortie.id);

  const sent = await bobChat.sendMessage({ sortieId: sortie.id, type: "text", content: "Hello", clientMessageId: "bob-1" });
  await waitFor(() => received.some((m) => m.id === sent.id), "Alice to receive Bob's message");
  const read = await aliceChat.markAsRead({ sortieId: sortie.id, messageId: sent.id });
  const newest = await alice.client.messages.getBySortie(sortie.id, 1);
  const older = await alice.client.messages.getBySortie(sortie.id, 100, newest.nextCursor);
  await bob.client.messages.delete(sent.id);
  await waitFor(() => deleted.some((d) => d.messageId === sent.id), "Alice to hear of the deletion");
  const afterDelete = await alice.client.messages.get(sent.id);

  assert.deepEqual(received.map((m) => m.seq), [snapshot.lastSeq + 1]);
  assert.equal(received[0].type, "text");
  assert.equal(read.lastReadSeq, sent.seq);
  assert.deepEqual(newest.items.map((m) => m.id), [sent.id]);
  assert.equal(newest.hasMore, true);
  assert.deepEqual(older.items.map((m) => m.seq), Array.from({ length: sent.seq - 1 }, (_, i) => i + 1));
  assert.equal(older.items[0].type, "system");
  assert.equal(afterDelete.isDeleted, true);
  assert.equal(afterDelete.content, null);
});

test("forced disconnect: while the proxy is cut, 20 messages are sent; every seq arrives once, in order", async (t) => {
  const { alice, sortie, proxy, bobChat } = await bobBehindAProxy(t);
  const delivered = [];
  bobChat.onReceiveMessage((message) => delivered.push(message));
  const statuses = [];
  bobChat.onStatusChanged((status) => statuses.push(status));
  await bobChat.start();
  const joinedAt = (await bobChat.joinRoom(sortie.id)).lastSeq;
  const firstConnection = bobChat.connectionId;

  proxy.cut();
  await waitFor(() => bobChat.state !== "Connected", "Bob's connection to notice the cut");
  const sent = [];
  for (let i = 1; i <= 20; i++) {
    sent.push(await alice.client.messages.send(sortie.id, { type: "text", content: `While away ${i}` }));
  }
  proxy.restore();
  await waitFor(() => delivered.some((m) => m.seq === sent.at(-1).seq), "Bob to catch up");

  assert.notEqual(bobChat.connectionId, firstConnection);
  await waitFor(() => bobChat.status === "connected", "the status to say connected again");
  // "connected" again only once the room is joined and caught up: a page hides its banner with everything shown.
  assert.deepEqual(statuses, ["connecting", "connected", "reconnecting", "connected"]);
  assert.deepEqual(delivered.map((m) => m.seq), Array.from({ length: 20 }, (_, i) => joinedAt + i + 1));
  assert.deepEqual(delivered.map((m) => m.id), sent.map((m) => m.id));
});

test("forced disconnect: edits, reactions, pins and deletions made meanwhile arrive once each through onMessageUpdated, in changeSeq order", async (t) => {
  const { alice, sortie, proxy, bobChat } = await bobBehindAProxy(t);
  const updated = [];
  bobChat.onMessageUpdated((update) => updated.push(update));
  await bobChat.start();
  await bobChat.joinRoom(sortie.id);
  const sent = [];
  for (const content of ["at 8", "party", "the address", "oops"]) {
    sent.push(await alice.client.messages.send(sortie.id, { type: "text", content }));
  }
  const mine = await bobChat.sendMessage({ sortieId: sortie.id, type: "text", content: "mine" });
  const reacted = await bobChat.react({ messageId: mine.id, emoji: "👍", on: true });
  await waitFor(() => updated.some((u) => u.message.id === mine.id), "Bob to hear of his own reaction live");

  proxy.cut();
  await waitFor(() => bobChat.state !== "Connected", "Bob's connection to notice the cut");
  await alice.client.messages.edit(sent[0].id, { content: "at 9" });
  await alice.client.messages.addReaction(sent[1].id, "🎉");
  await alice.client.messages.pin(sent[2].id);
  await alice.client.messages.delete(sent[3].id);
  proxy.restore();
  await waitFor(() => updated.some((u) => u.message.id === sent[3].id), "Bob to catch up on the changes");

  assert.equal(reacted.reactions[0].count, 1);
  assert.deepEqual(updated.map((u) => u.message.id), [mine.id, sent[0].id, sent[1].id, sent[2].id, sent[3].id]);
  assert.deepEqual(updated.map((u) => u.message.changeSeq), [...updated.map((u) => u.message.changeSeq)].sort((a, b) => a - b));
  assert.equal(updated[1].message.content, "at 9");
  assert.equal(updated[2].message.reactions[0].emoji, "🎉");
  assert.equal(updated[3].message.pinnedBy, alice.userId);
  assert.equal(updated[4].message.isDeleted, true);
});

test("resync: a room whose events were lost fetches the changes made meanwhile, then the new messages, once each", async (t) => {
  const { alice, bob, sortie } = await aliceAndBob();
  const bobChat = bob.client.connectChat();
  t.after(() => bobChat.stop());
  const received = [];
  const updated = [];
  bobChat.onReceiveMessage((message) => received.push(message));
  bobChat.onMessageUpdated((update) => updated.push(update));
  await bobChat.start();
  await bobChat.joinRoom(sortie.id);
  const first = await alice.client.messages.send(sortie.id, { type: "text", content: "at 8" });
  const second = await alice.client.messages.send(sortie.id, { type: "text", content: "oops" });
  await waitFor(() => received.length === 2, "Bob to receive both messages live");

  // As when the server's backplane is down: the room's events stop reaching Bob's connection, which still counts
  // itself in the room (the SignalR group is left and entered again behind the SDK's back: `hub` is private to
  // TypeScript only). The server then sends notification kind resync, whose handler calls resync().
  const hub = bobChat.hub;
  await hub.invoke("leaveRoom", sortie.id);
  await alice.client.messages.edit(first.id, { content: "at 9" });
  await alice.client.messages.addReaction(first.id, "🎉");
  await alice.client.messages.delete(second.id);
  const third = await alice.client.messages.send(sortie.id, { type: "text", content: "new" });
  await hub.invoke("joinRoom", sortie.id);
  assert.equal(updated.length, 0, "nothing arrived live");
  await bobChat.resync();
  await bobChat.resync(); // nothing new: nothing delivered twice

  assert.deepEqual(updated.map((u) => u.message.id), [first.id, second.id]);
  assert.equal(updated[0].message.content, "at 9");
  assert.equal(updated[0].message.reactions[0].emoji, "🎉");
  assert.equal(updated[1].message.isDeleted, true);
  assert.deepEqual(received.map((m) => m.id), [first.id, second.id, third.id]);
});

test("push through client.push: the VAPID key, then a device subscribed (201), listed and unsubscribed; a chat muted", async () => {
  const { bob, sortie } = await aliceAndBob();
  const device = createECDH("prime256v1");
  const endpoint = `https://push.example.com/send/${randomUUID()}`;
  const keys = { p256dh: device.generateKeys().toString("base64url"), auth: randomBytes(16).toString("base64url") };

  const { publicKey } = await bob.client.push.getVapidPublicKey();
  const created = await bob.client.push.subscribe({ endpoint, keys });
  const again = await bob.client.push.subscribe({ endpoint, keys });
  const listed = await bob.client.push.listSubscriptions();
  await bob.client.push.unsubscribe(endpoint);
  const chat = await bob.client.chats.getBySortie(sortie.id);
  const muted = await bob.client.chats.mute(chat.id, { muted: true });

  assert.equal(Buffer.from(publicKey, "base64url").length, 65);
  assert.equal(created.endpoint, endpoint);
  assert.equal(again.createdAt, created.createdAt);
  assert.deepEqual(listed.map((s) => s.endpoint), [endpoint]);
  assert.deepEqual(await bob.client.push.listSubscriptions(), []);
  assert.equal(chat.muted, false);
  assert.deepEqual(muted, { chatId: chat.id, muted: true });
  assert.equal((await bob.client.chats.getBySortie(sortie.id)).muted, true);
});

test("upload through the generated client: sortieId then file, then sent as an image", async () => {
  const { bob, sortie } = await aliceAndBob();
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

  const uploaded = await bob.client.messages.upload(sortie.id, { data: new Blob([png]), fileName: "dot.png" });
  const sent = await bob.client.messages.send(sortie.id, { type: uploaded.type, mediaUrl: uploaded.url, thumbnailUrl: uploaded.thumbnailUrl });

  assert.equal(uploaded.type, "image");
  assert.equal(sent.mediaUrl, uploaded.url);
});

test("searchMessages: the matches of every word, accents and case aside, newest first, paged with before", async () => {
  const { alice, bob, sortie } = await aliceAndBob();
  const sent = [];
  for (const content of ["Rendez-vous au Café", "autre chose", "Un CAFÉ crème"]) {
    sent.push(await alice.client.messages.send(sortie.id, { type: "text", content }));
  }

  const first = await bob.client.chats.searchMessages(sortie.chatId, "caf", 1);
  const next = await bob.client.chats.searchMessages(sortie.chatId, "caf", 1, first.nextCursor);
  const both = await bob.client.chats.searchMessages(sortie.chatId, "cafe CREME");

  assert.deepEqual([first.items.map((m) => m.id), first.hasMore], [[sent[2].id], true]);
  assert.deepEqual([next.items.map((m) => m.id), next.hasMore, next.nextCursor], [[sent[0].id], false, null]);
  assert.deepEqual(both.items.map((m) => m.id), [sent[2].id]);
  await assert.rejects(bob.client.chats.searchMessages(sortie.chatId, "?!"), (error) => error instanceof SortieChatError && error.code === "validation_failed");
});

test("a REST call answered with problem details rejects with SortieChatError and its code", async () => {
  const { sortie } = await aliceAndBob();
  const mallory = await register("Mallory");

  await assert.rejects(mallory.client.messages.getBySortie(sortie.id), (error) => {
    assert.ok(error instanceof SortieChatError);
    assert.equal(error.code, "not_a_member");
    assert.equal(error.status, 403);
    return true;
  });
});

test("a hub call the server refuses rejects with SortieChatError and its code", async (t) => {
  const { sortie } = await aliceAndBob();
  const mallory = await register("Mallory");
  const chat = mallory.client.connectChat();
  t.after(() => chat.stop());
  await chat.start();

  await assert.rejects(chat.joinRoom(sortie.id), (error) => {
    assert.ok(error instanceof SortieChatError);
    assert.equal(error.code, "not_a_member");
    assert.doesNotMatch(error.message, /HubException/);
    return true;
  });
});

test("MessagePack: the same typed messages as JSON", async (t) => {
  const { alice, bob, sortie } = await aliceAndBob();
  const bobChat = bob.client.connectChat({ protocol: "messagepack" });
  t.after(() => bobChat.stop());
  const received = [];
  bobChat.onReceiveMessage((message) => received.push(message));
  await bobChat.start();
  await bobChat.joinRoom(sortie.id);

  const sent = await alice.client.messages.send(sortie.id, { type: "text", content: "Packed" });
  await waitFor(() => received.length === 1, "Bob to receive over MessagePack");

  assert.equal(received[0].id, sent.id);
  assert.equal(received[0].type, "text");
  assert.equal(received[0].content, "Packed");
  assert.equal(received[0].createdAt, sent.createdAt);
});

/** Alice and Bob in a sortie, Bob's chat connection going through a loopback proxy the test can cut. */
async function bobBehindAProxy(t) {
  const { alice, bob, sortie } = await aliceAndBob();
  const proxy = await startProxy(serverUrl);
  const bobThroughProxy = new SortieChatClient({ serverUrl: proxy.url, accessToken: () => bob.token });
  const bobChat = bobThroughProxy.connectChat({ retryDelaysMs: [0, 200, 500] });
  t.after(async () => {
    await bobChat.stop();
    await proxy.close();
  });
  return { alice, bob, sortie, proxy, bobChat };
}
