import zlib from "node:zlib";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { SortieChatClient } from "@sortiechat/client";

/** The server the test script started (build/test-web.sh). */
export const serverUrl = process.env.SORTIECHAT_URL ?? "http://127.0.0.1:5080";

/** Registers "<name>.<run>@example.com" through the SDK: a client signed in as them, the email and the user's id. */
export async function register(name, run, password) {
  const client = new SortieChatClient({ serverUrl });
  const email = `${name.toLowerCase()}.${run}@example.com`;
  const signedIn = await client.auth.register({ email, password, displayName: name });
  client.accessToken = signedIn.accessToken;
  return { client, email, userId: signedIn.userId };
}

/** Alice and Bob registered through the SDK, members of one sortie's chat (Alice created it, Bob was accepted). */
export async function aliceAndBob(run, password, title) {
  const alice = await register("Alice", run, password);
  const bob = await register("Bob", run, password);
  const sortie = await alice.client.sorties.create({ title, startsAt: "2026-12-24T12:00:00Z", maxParticipants: 5 });
  const request = await bob.client.sorties.requestParticipation(sortie.id);
  await alice.client.participations.changeStatus(request.id, { status: "ACCEPTEE" });
  return { alice, bob, sortieId: sortie.id };
}

/** Debian's Chromium, never a downloaded one; the flags keep it off the network it cannot reach here. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A message by its own text (a reply's quote of it does not count). */
export const bubble = (page, text) => page.locator("li.message").filter({ has: page.locator(".bubble > .text", { hasText: text }) });

/** A page of its own browser context (its own storage: one user), recording what it logs as errors. */
export async function openUser(browser, { locale = "en-GB", baseURL = serverUrl, viewport = { width: 1200, height: 800 } } = {}) {
  const context = await browser.newContext({ locale, baseURL, viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.setDefaultTimeout(15_000);
  return { context, page, errors };
}

/** A PNG of the given size, drawn in stripes (the thumbnail decoder needs a real image). */
export function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const stripe = Math.floor((x + y) / 16) % 3;
      row.set(stripe === 0 ? [228, 87, 46] : stripe === 1 ? [47, 111, 94] : [244, 241, 236], 1 + x * 3);
    }
    rows.push(row);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

/** A WAV of silence, 16-bit mono at 8 kHz (an audio upload needs real audio bytes). */
export function wav(seconds) {
  const samples = Math.round(8000 * seconds);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + samples * 2, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(samples * 2, 40);
  return Buffer.concat([header, Buffer.alloc(samples * 2)]);
}

/** Saves a screenshot under docs/screenshots/ when SORTIECHAT_SCREENSHOTS is set (build/test-web.sh --screenshots). */
export async function screenshot(page, name) {
  if (!process.env.SORTIECHAT_SCREENSHOTS) return;
  const folder = new URL("../../docs/screenshots/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, folder).pathname, animations: "disabled", caret: "hide" });
}

export { startProxy } from "../../build/lib/loopback-proxy.mjs";
