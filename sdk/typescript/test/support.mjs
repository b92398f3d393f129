import { randomUUID } from "node:crypto";
import { SortieChatClient } from "../dist/index.js";

/** The server the test script started (build/test-typescript.sh). */
export const serverUrl = process.env.SORTIECHAT_URL ?? "http://127.0.0.1:5080";

/** Registers a user through the SDK and returns a client signed in as them. */
export async function register(name, url = serverUrl) {
  const client = new SortieChatClient({ serverUrl: url });
  const signedIn = await client.auth.register({ email: `${name.toLowerCase()}.${randomUUID()}@example.com`, password: "correct horse battery", displayName: name });
  client.accessToken = signedIn.accessToken;
  return { client, userId: signedIn.userId, token: signedIn.accessToken };
}

/** Alice's sortie with Bob accepted into it. */
export async function aliceAndBob() {
  const alice = await register("Alice");
  const bob = await register("Bob");
  const sortie = await alice.client.sorties.create({ title: "Walk", startsAt: "2026-12-24T12:00:00Z", maxParticipants: 5 });
  const request = await bob.client.sorties.requestParticipation(sortie.id);
  await alice.client.participations.changeStatus(request.id, { status: "ACCEPTEE" });
  return { alice, bob, sortie, request };
}

/** Polls until the condition holds (a side effect arrives after the answer); fails after 30 seconds. */
export async function waitFor(condition, what) {
  for (let waited = 0; waited < 30_000; waited += 20) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Still waiting for ${what}`);
}

export { startProxy } from "../../../build/lib/loopback-proxy.mjs";
