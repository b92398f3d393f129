import * as signalR from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";
import type {
  ChatUpdatedDto, ConnectedEvent, EditMessageHubRequest, ErrorEvent, MarkAsReadRequest, MessageDeletedEvent, MessageDto, MessagePageDto,
  MessageReadNotice, MessageUpdatedEvent, OnlineUsersEvent, ReactRequest, ReadStateDto, RealtimeNotification, RoomSnapshotDto, SendMessageRequest,
  TypingRequest, UserRoomEvent, UserTypingEvent,
} from "./generated/api.js";
import { SortieChatError } from "./errors.js";

/** The history route the connection catches up with (the generated MessagesClient has it). */
export interface HistorySource {
  getByChat(
    chatId: string, limit?: number | null, before?: string | null, after?: string | null, afterSeq?: number | null, page?: number | null,
    changedAfter?: number | null): Promise<MessagePageDto>;
}

export interface ChatConnectionOptions {
  /** The server's address, such as http://localhost:5080. */
  serverUrl: string;
  /** The bearer token, asked again on every (re)connect. */
  accessToken: () => string | Promise<string>;
  /** Where missed messages are fetched from after a reconnect or a gap. */
  history: HistorySource;
  /** "json" (default) or "messagepack". */
  protocol?: "json" | "messagepack";
  /** Milliseconds before each reconnect attempt; the last one repeats forever. Default [0, 500, 1000, 2000, 5000, 10000]. */
  retryDelaysMs?: number[];
  /** Messages per history page while catching up (1..100, default 100). */
  catchUpPageSize?: number;
  /** SignalR's own logging (default: errors only). */
  logLevel?: signalR.LogLevel;
}

type Handler<T> = (payload: T) => void;

/** What a page shows about the connection: "reconnecting" while a lost connection is being restored. */
export type ConnectionStatus = "disconnected" | "connecting" | "connected" | "reconnecting";

interface JoinedRoom {
  sortieId: string;
  chatId: string | undefined;
  lastSeq: number;
  /** The highest change seq seen in this room: after a reconnect, changes above it are fetched (changedAfter). */
  lastChangeSeq: number;
  joining: boolean;
  pending: MessageDto[];
}

/**
 * The hub at /chat (DESIGN.md section 5), typed: one method per hub method, one on… per server event. It recovers by
 * itself: after a dropped connection it reconnects, joins again every room it had joined and fetches the history
 * after the last seq it delivered, so onReceiveMessage sees every message of a joined room exactly once, in seq
 * order; then the messages changed meanwhile (changedAfter), which onMessageUpdated sees like live edits, reactions,
 * pins and deletions (docs/sdk.md). A "resync" notification (the server's backplane lost events) catches up the
 * same way. A failed call rejects with a SortieChatError carrying the contract's code.
 */
export class ChatConnection {
  private readonly hub: signalR.HubConnection;
  private readonly options: ChatConnectionOptions;
  private readonly rooms = new Map<string, JoinedRoom>();
  private readonly messageHandlers = new Set<Handler<MessageDto>>();
  private readonly statusHandlers = new Set<Handler<ConnectionStatus>>();
  private currentStatus: ConnectionStatus = "disconnected";
  private readonly updateHandlers = new Set<Handler<MessageUpdatedEvent>>();
  private work: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(options: ChatConnectionOptions) {
    this.options = options;
    const delays = options.retryDelaysMs ?? [0, 500, 1000, 2000, 5000, 10000];
    const builder = new signalR.HubConnectionBuilder()
      .withUrl(`${options.serverUrl.replace(/\/+$/, "")}/chat`, { accessTokenFactory: options.accessToken })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => delays[Math.min(context.previousRetryCount, delays.length - 1)] })
      .configureLogging(options.logLevel ?? signalR.LogLevel.Error);
    if (options.protocol === "messagepack") {
      builder.withHubProtocol(new MessagePackHubProtocol());
    }
    this.hub = builder.build();
    // Live messages are put in order on a queue of their own: a catch-up never holds up SignalR's receive loop.
    this.hub.on("receiveMessage", (message: MessageDto) => this.post(() => this.receiveLive(message)));
    this.hub.on("messageUpdated", (update: MessageUpdatedEvent) => this.post(async () => this.updatedLive(update)));
    this.hub.on("notification", (notification: RealtimeNotification) => {
      if (notification.kind === "resync") {
        void this.resync().catch(() => undefined);
      }
    });
    this.hub.onreconnecting(() => this.setStatus("reconnecting"));
    this.hub.onreconnected(() => void this.rejoinAll().then(() => this.setStatus("connected")));
    // A server that closes the connection itself (an abort, a restart) says "do not reconnect": this connection does anyway.
    this.hub.onclose(() => {
      this.setStatus(this.stopped ? "disconnected" : "reconnecting");
      void this.restart(delays);
    });
  }

  /** The current connection's id (a new one after each reconnect); null while disconnected. */
  get connectionId(): string | null {
    return this.hub.connectionId;
  }

  /** Connected, Connecting, Reconnecting, Disconnected or Disconnecting. */
  get state(): signalR.HubConnectionState {
    return this.hub.state;
  }

  /** "connected", or "reconnecting" from a lost connection until it is back and its rooms are joined and caught up. */
  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  /** Connects. Call the hub methods once this has resolved. */
  async start(): Promise<void> {
    this.stopped = false;
    this.setStatus("connecting");
    try {
      await this.hub.start();
    } catch (error) {
      this.setStatus("disconnected");
      throw error;
    }
    this.setStatus("connected");
  }

  /** Disconnects for good: no reconnect follows. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.hub.stop();
    this.setStatus("disconnected");
  }

  /** Each change of {@link status} (a page shows a banner while "reconnecting"). Returns a function that stops listening. */
  onStatusChanged(handler: Handler<ConnectionStatus>): () => void {
    this.statusHandlers.add(handler);
    return () => this.statusHandlers.delete(handler);
  }

  /** Joins the room of a sortie (members only); rejoined after every reconnect until leaveRoom. Later messages come through onReceiveMessage. */
  async joinRoom(sortieId: string): Promise<RoomSnapshotDto> {
    let room = this.rooms.get(sortieId);
    if (!room) {
      room = { sortieId, chatId: undefined, lastSeq: 0, lastChangeSeq: 0, joining: true, pending: [] };
      this.rooms.set(sortieId, room);
    }
    room.joining = true;
    const joining = room;
    let snapshot: RoomSnapshotDto;
    try {
      snapshot = await this.invoke<RoomSnapshotDto>("joinRoom", sortieId);
    } catch (error) {
      await this.post(async () => this.abandonJoin(joining));
      throw error;
    }
    await this.post(() => this.joined(joining, snapshot));
    return snapshot;
  }

  /**
   * Catches every joined room up now, as after a reconnect: the messages changed since the last change seen
   * (changedAfter, through onMessageUpdated), then those after the last seq delivered (onReceiveMessage). The server's
   * notification kind "resync" (events lost while its backplane was down) does this by itself.
   */
  resync(): Promise<void> {
    return this.post(() => this.catchUpAll());
  }

  /** Sends a message (the same body as REST's send; sortieId is required here). Resolves with the stored message. */
  sendMessage(message: SendMessageRequest): Promise<MessageDto> {
    return this.invoke<MessageDto>("sendMessage", message);
  }

  /** The sender edits the text, or a media message's caption. Resolves with the message as it now is (the room gets messageUpdated). */
  editMessage(request: EditMessageHubRequest): Promise<MessageDto> {
    return this.invoke<MessageDto>("editMessage", request);
  }

  /** Adds (on: true) or removes the caller's reaction, one emoji; idempotent. Resolves with the message as it now is. */
  react(request: ReactRequest): Promise<MessageDto> {
    return this.invoke<MessageDto>("react", request);
  }

  /** Tells the room the caller started or stopped typing. */
  async typing(request: TypingRequest): Promise<void> {
    await this.invoke<unknown>("typing", request);
  }

  /** Moves the caller's read watermark to a message of the sortie's chat. */
  markAsRead(request: MarkAsReadRequest): Promise<ReadStateDto> {
    return this.invoke<ReadStateDto>("markAsRead", request);
  }

  /** Leaves the room: it is no longer rejoined after a reconnect. */
  async leaveRoom(sortieId: string): Promise<void> {
    this.rooms.delete(sortieId);
    await this.invoke<unknown>("leaveRoom", sortieId);
  }

  /** Who is online in the room (also sent as onlineUsers). */
  getOnlineUsers(sortieId: string): Promise<OnlineUsersEvent> {
    return this.invoke<OnlineUsersEvent>("getOnlineUsers", sortieId);
  }

  /** connected: the server accepted the connection (after each reconnect too). Returns a function that stops listening. */
  onConnected(handler: Handler<ConnectedEvent>): () => void {
    return this.listen("connected", handler);
  }

  /** receiveMessage, put in order: every message of the joined rooms once, in seq order, gaps filled from history. */
  onReceiveMessage(handler: Handler<MessageDto>): () => void {
    this.messageHandlers.add(handler);
    return () => this.messageHandlers.delete(handler);
  }

  /** userTyping: another member started or stopped typing. */
  onUserTyping(handler: Handler<UserTypingEvent>): () => void {
    return this.listen("userTyping", handler);
  }

  /** messageRead: a member's watermark moved. */
  onMessageRead(handler: Handler<MessageReadNotice>): () => void {
    return this.listen("messageRead", handler);
  }

  /** notification: participation changes, members added or removed, eviction, resync. */
  onNotification(handler: Handler<RealtimeNotification>): () => void {
    return this.listen("notification", handler);
  }

  /** joinedRoom: the snapshot of a room the caller joined. */
  onJoinedRoom(handler: Handler<RoomSnapshotDto>): () => void {
    return this.listen("joinedRoom", handler);
  }

  /** userJoinedRoom: another member's first connection entered the room. */
  onUserJoinedRoom(handler: Handler<UserRoomEvent>): () => void {
    return this.listen("userJoinedRoom", handler);
  }

  /** userLeftRoom: another member's last connection left the room. */
  onUserLeftRoom(handler: Handler<UserRoomEvent>): () => void {
    return this.listen("userLeftRoom", handler);
  }

  /** onlineUsers: the answer of getOnlineUsers, also sent as an event. */
  onOnlineUsers(handler: Handler<OnlineUsersEvent>): () => void {
    return this.listen("onlineUsers", handler);
  }

  /** messageDeleted: a message of the room was deleted. */
  onMessageDeleted(handler: Handler<MessageDeletedEvent>): () => void {
    return this.listen("messageDeleted", handler);
  }

  /**
   * messageUpdated: a message of a joined room was edited, reacted to or pinned; after a reconnect, also each message
   * changed while away (deleted ones included), fetched with changedAfter, in changeSeq order.
   */
  onMessageUpdated(handler: Handler<MessageUpdatedEvent>): () => void {
    this.updateHandlers.add(handler);
    return () => this.updateHandlers.delete(handler);
  }

  /** chatUpdated: one of the caller's chats changed (joined or not), at most once a second per chat. */
  onChatUpdated(handler: Handler<ChatUpdatedDto>): () => void {
    return this.listen("chatUpdated", handler);
  }

  /** error: a call of this connection failed (the call also rejects). */
  onError(handler: Handler<ErrorEvent>): () => void {
    return this.listen("error", handler);
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.currentStatus) {
      return;
    }
    this.currentStatus = status;
    for (const handler of [...this.statusHandlers]) {
      handler(status);
    }
  }

  private listen<T>(event: string, handler: Handler<T>): () => void {
    this.hub.on(event, handler);
    return () => this.hub.off(event, handler);
  }

  private async invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    try {
      return await this.hub.invoke<T>(method, ...args);
    } catch (error) {
      throw SortieChatError.fromHubError(error);
    }
  }

  /** One item at a time: the rooms' ordering state is only changed here (and joining by joinRoom). */
  private post(item: () => Promise<void>): Promise<void> {
    const next = this.work.then(item);
    // A catch-up that failed (the server unreachable again) is retried by the next reconnect or the next gap.
    this.work = next.catch(() => undefined);
    return next;
  }

  private async joined(room: JoinedRoom, snapshot: RoomSnapshotDto): Promise<void> {
    const firstJoin = room.chatId === undefined;
    room.chatId = snapshot.chatId;
    if (firstJoin) {
      room.lastSeq = snapshot.lastSeq;
      room.lastChangeSeq = snapshot.changeSeq;
    } else {
      // Changes first: the seq catch-up below moves the highest change seen past changes it does not deliver.
      await this.catchUpChanges(room);
      await this.catchUp(room);
    }
    room.joining = false;
    const arrived = room.pending.sort((a, b) => a.seq - b.seq);
    room.pending = [];
    for (const message of arrived) {
      await this.advance(room, message);
    }
  }

  private abandonJoin(room: JoinedRoom): void {
    room.joining = false;
    if (room.chatId === undefined && this.rooms.get(room.sortieId) === room) {
      this.rooms.delete(room.sortieId);
    }
  }

  private async receiveLive(message: MessageDto): Promise<void> {
    const room = this.rooms.get(message.sortieId);
    if (!room) {
      this.raise(message);
    } else if (room.joining) {
      room.pending.push(message);
    } else {
      await this.advance(room, message);
    }
  }

  /** Delivers a live message after any it skipped (fetched from history); one already delivered is dropped. */
  private async advance(room: JoinedRoom, message: MessageDto): Promise<void> {
    if (message.seq > room.lastSeq + 1) {
      await this.catchUp(room);
    }
    if (message.seq > room.lastSeq) {
      this.deliver(room, message);
    }
  }

  private async catchUp(room: JoinedRoom): Promise<void> {
    let page: MessagePageDto;
    do {
      page = await this.options.history.getByChat(room.chatId!, this.options.catchUpPageSize ?? 100, null, null, room.lastSeq, null);
      for (const message of page.items) {
        if (message.seq > room.lastSeq) {
          this.deliver(room, message);
        }
      }
    } while (page.hasMore && page.items.length > 0);
  }

  /** Messages changed after the last change seen, already delivered ones only: new ones come through the seq catch-up. */
  private async catchUpChanges(room: JoinedRoom): Promise<void> {
    let page: MessagePageDto;
    do {
      page = await this.options.history.getByChat(room.chatId!, this.options.catchUpPageSize ?? 100, null, null, null, null, room.lastChangeSeq);
      for (const message of page.items) {
        this.updated(room, message);
      }
    } while (page.hasMore && page.items.length > 0);
  }

  private updatedLive(update: MessageUpdatedEvent): void {
    const room = this.rooms.get(update.sortieId);
    if (room) {
      this.updated(room, update.message);
    } else {
      this.raiseUpdate(update);
    }
  }

  private updated(room: JoinedRoom, message: MessageDto): void {
    if (message.changeSeq <= room.lastChangeSeq) {
      return;
    }
    room.lastChangeSeq = message.changeSeq;
    if (message.seq <= room.lastSeq) {
      this.raiseUpdate({ sortieId: room.sortieId, message });
    }
  }

  private raiseUpdate(update: MessageUpdatedEvent): void {
    for (const handler of [...this.updateHandlers]) {
      handler(update);
    }
  }

  private deliver(room: JoinedRoom, message: MessageDto): void {
    room.lastSeq = message.seq;
    room.lastChangeSeq = Math.max(room.lastChangeSeq, message.changeSeq);
    this.raise(message);
  }

  private raise(message: MessageDto): void {
    for (const handler of [...this.messageHandlers]) {
      handler(message);
    }
  }

  private async catchUpAll(): Promise<void> {
    for (const room of [...this.rooms.values()]) {
      if (room.chatId !== undefined && !room.joining) {
        // Changes first, as in joined(): the seq catch-up moves the highest change seen past changes it does not deliver.
        await this.catchUpChanges(room);
        await this.catchUp(room);
      }
    }
  }

  private async rejoinAll(): Promise<void> {
    for (const room of [...this.rooms.values()]) {
      try {
        await this.joinRoom(room.sortieId);
      } catch (error) {
        if (error instanceof SortieChatError && error.code !== undefined) {
          // No longer a member (removed while away): the room is forgotten; the error event said why.
          this.rooms.delete(room.sortieId);
        }
      }
    }
  }

  private async restart(delays: number[]): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, delays[Math.min(attempt, delays.length - 1)]));
      if (this.stopped) {
        return;
      }
      try {
        await this.hub.start();
      } catch {
        continue;
      }
      await this.rejoinAll();
      this.setStatus("connected");
      return;
    }
  }
}
