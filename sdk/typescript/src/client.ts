import { AuthClient, ChatsClient, MessagesClient, ParticipationsClient, SortiesClient, UsersClient, PushClient } from "./generated/api.js";
import type { ProblemDetails } from "./generated/api.js";
import { ChatConnection, type ChatConnectionOptions } from "./chat-connection.js";
import { SortieChatError } from "./errors.js";

/** What the generated clients call to send a request. */
export interface Fetcher {
  fetch(url: RequestInfo, init?: RequestInit): Promise<Response>;
}

export interface SortieChatClientOptions {
  /** The server's address, such as http://localhost:5080. */
  serverUrl: string;
  /** The bearer token for each call (read again before every request); undefined before signing in. */
  accessToken?: () => string | undefined;
  /** The fetch to send with (globalThis.fetch by default). */
  fetch?: typeof fetch;
}

/**
 * The REST API of one SortieChat server, one generated client per area. Every call carries the bearer token, and an
 * answer in problem details rejects with a {@link SortieChatError} holding the contract's code.
 */
export class SortieChatClient {
  readonly auth: AuthClient;
  readonly users: UsersClient;
  readonly sorties: SortiesClient;
  readonly participations: ParticipationsClient;
  readonly chats: ChatsClient;
  readonly messages: MessagesClient;
  /** Web Push: the VAPID public key and this user's device subscriptions (DESIGN.md section 9). */
  readonly push: PushClient;
  /** The token used when no accessToken function was given: set it from register or login. */
  accessToken: string | undefined;
  private readonly options: SortieChatClientOptions;

  constructor(options: SortieChatClientOptions) {
    this.options = options;
    const serverUrl = options.serverUrl.replace(/\/+$/, "");
    const http = this.fetcher();
    this.auth = new AuthClient(serverUrl, http);
    this.users = new UsersClient(serverUrl, http);
    this.sorties = new SortiesClient(serverUrl, http);
    this.participations = new ParticipationsClient(serverUrl, http);
    this.chats = new ChatsClient(serverUrl, http);
    this.messages = new MessagesClient(serverUrl, http);
    this.push = new PushClient(serverUrl, http);
  }

  /** A hub connection to /chat with this client's token; call start() on it. */
  connectChat(options: Omit<ChatConnectionOptions, "serverUrl" | "accessToken" | "history"> = {}): ChatConnection {
    return new ChatConnection({ ...options, serverUrl: this.options.serverUrl, accessToken: () => this.token() ?? "", history: this.messages });
  }

  private token(): string | undefined {
    return this.options.accessToken ? this.options.accessToken() : this.accessToken;
  }

  private fetcher(): Fetcher {
    const send = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    return {
      fetch: async (url, init) => {
        const headers = new Headers(init?.headers);
        const token = this.token();
        if (token) {
          headers.set("Authorization", `Bearer ${token}`);
        }
        const response = await send(url, { ...init, headers });
        if (!response.ok && response.headers.get("content-type")?.startsWith("application/problem+json")) {
          throw SortieChatError.fromProblem((await response.json()) as ProblemDetails);
        }
        return response;
      },
    };
  }
}
