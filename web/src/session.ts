import { ChatConnection, SortieChatClient, SortieChatError, type AuthResultDto, type UserDto } from "@sortiechat/client";
import { forgetPushDevice } from "./push";

/** The signed-in user's token, kept in this browser until it expires or the user signs out. */
interface StoredSession {
  userId: string;
  accessToken: string;
  expiresAt: string;
}

const storageKey = "sortiechat.session";
let stored: StoredSession | null = readStored();
let me: UserDto | null = null;
let hub: ChatConnection | null = null;
let hubStarting: Promise<ChatConnection> | null = null;
const signedOutListeners = new Set<() => void>();

/** The REST API of the server that served this page; every call carries the current token. */
export const api = new SortieChatClient({ serverUrl: location.origin, accessToken: () => stored?.accessToken });

function readStored(): StoredSession | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? "null") as StoredSession | null;
    return value && Date.parse(value.expiresAt) > Date.now() ? value : null;
  } catch {
    return null;
  }
}

export function isSignedIn(): boolean {
  if (stored && Date.parse(stored.expiresAt) <= Date.now()) {
    void signOut();
  }
  return stored !== null;
}

export function userId(): string {
  return stored?.userId ?? "";
}

export async function signedIn(result: AuthResultDto): Promise<void> {
  stored = { userId: result.userId, accessToken: result.accessToken, expiresAt: result.expiresAt };
  localStorage.setItem(storageKey, JSON.stringify(stored));
  me = null;
}

export async function currentUser(): Promise<UserDto> {
  me ??= await api.users.getMe();
  return me;
}

export async function signOut(): Promise<void> {
  const leaving = stored?.accessToken;
  if (leaving) {
    // This device stops getting the leaving user's pushes (their token: the session is gone by the time it runs).
    void forgetPushDevice(new SortieChatClient({ serverUrl: location.origin, accessToken: () => leaving })).catch(() => undefined);
  }
  stored = null;
  me = null;
  localStorage.removeItem(storageKey);
  const connection = hub;
  hub = null;
  hubStarting = null;
  for (const listener of [...signedOutListeners]) {
    listener();
  }
  await connection?.stop().catch(() => undefined);
}

export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** The hub connection, started on first use after sign-in (never before: nothing that can fail runs signed out). */
export function connection(): Promise<ChatConnection> {
  if (hub) {
    return Promise.resolve(hub);
  }
  hubStarting ??= (async () => {
    const created = api.connectChat();
    connectionCreatedListeners.forEach((listener) => listener(created));
    await created.start();
    hub = created;
    return created;
  })().catch((error: unknown) => {
    hubStarting = null;
    throw error;
  });
  return hubStarting;
}

const connectionCreatedListeners = new Set<(connection: ChatConnection) => void>();

/** Called with each hub connection as it is created (the connection banner listens to its status). */
export function onConnectionCreated(listener: (connection: ChatConnection) => void): void {
  connectionCreatedListeners.add(listener);
}

/** A token the server no longer takes (expired, revoked, account deactivated) signs the user out. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof SortieChatError && error.status === 401;
}
