import type { ChatConnection, ChatMemberDto, MessageDto, RoomSnapshotDto, SendMessageRequest } from "@sortiechat/client";
import { h, link, replaceChildren } from "../dom";
import { formatDay, t } from "../i18n";
import { api, connection, isUnauthorized, signOut, userId } from "../session";
import { navigate } from "../router";
import { describeError } from "../errors";
import { showToast } from "../toast";
import { Composer } from "../chat/composer";
import { messageView } from "../chat/message-view";
import { MessageEditor } from "../chat/message-editor";
import { PinnedList } from "../chat/pinned-list";
import { reactionChips } from "../chat/reactions";
import { actionBar } from "../chat/message-actions";
import * as changes from "../chat/message-changes";
import { chatTools, composerHelpers, messageActions, messageDecorations, sendTransforms, type ChatContext } from "../extensions";
import { initials } from "./home";
import { icon } from "../icons";
import { MuteToggle } from "../chat/mute-toggle";
import { SearchPanel } from "../chat/search-panel";
import { rememberMembers } from "../notifications";

const pageSize = 30;
/** How far back a search result is loaded into the view: pages of the largest size the server gives. */
const searchPageSize = 100;
const searchPagesBack = 10;

/**
 * One chat: history (older pages when scrolling up), live messages once each by seq, grouped by day, replies,
 * typing, "seen by", online members, media, deleting, editing and reacting to messages, pins, mentions (picked with
 * "@", highlighted in the text), the mute switch and message search (a result not yet loaded is brought in by reading
 * older pages, up to a bound). After a reconnect the
 * SDK fills the gap and replays the messages changed meanwhile (changedAfter) as updates, which are applied like
 * live ones: to the messages on screen, and to the pinned list.
 */
export function renderChat(container: HTMLElement, sortieId: string): () => void {
  const me = userId();
  const messages = new Map<number, MessageDto>();
  const quotes = new Map<string, MessageDto>();
  const rendered = new Map<number, { key: string; element: HTMLElement }>();
  const typing = new Map<string, number>();
  const online = new Set<string>();
  let members: ChatMemberDto[] = [];
  let chatId = "";
  let creatorId = "";
  let hasOlder = false;
  let loadingOlder: Promise<void> | null = null;
  let disposed = false;
  let hub: ChatConnection | null = null;
  let lastMarked = 0;
  let confirmingDelete: string | null = null;
  let picking: string | null = null;
  let editor: MessageEditor | null = null;
  const stops: (() => void)[] = [];

  const title = h("h1", { class: "chat-title" }, t("loading"));
  const presence = h("span", { class: "muted small presence" });
  const membersList = h("ul", { class: "people compact" });
  const tools = h("div", { class: "chat-tools" });
  const list = h("ol", { class: "messages", "aria-label": t("messages"), "aria-live": "polite" });
  const scroller = h("div", { class: "scroller" }, h("p", { class: "muted small history-start", hidden: true }, t("historyStart")), list);
  const typingLine = h("p", { class: "typing", "aria-live": "polite" });
  const mute = new MuteToggle();
  const pinned = new PinnedList((senderId) => nameOf(senderId), (messageId) => reveal(messageId));
  const search = new SearchPanel({ chatId: () => chatId, nameOf: (senderId) => nameOf(senderId), show: (message) => showFound(message) });

  const composer = new Composer({
    send: async (composed) => {
      const request = sendTransforms.reduce<SendMessageRequest>((body, transform) => transform(body, context), { ...composed, sortieId });
      const live = hub?.status === "connected";
      // Same clientMessageId either way: a send that reached the server before the connection dropped is not doubled.
      const sent = live ? await hub!.sendMessage(request) : await api.messages.send(sortieId, request);
      upsert(sent);
      search.added(sent);
      scrollToBottom();
    },
    upload: (file) => api.messages.upload(sortieId, { data: file, fileName: file.name }),
    typing: (isTyping) => void hub?.typing({ sortieId, isTyping }).catch(() => undefined),
    nameOf: (message) => nameOf(message.senderId),
    mentionable: () => members.filter((member) => member.userId !== me),
  });

  container.append(
    h(
      "section",
      { class: "chat" },
      h(
        "header",
        { class: "chat-head" },
        link("/", { class: "back", "aria-label": t("back") }, icon("back")),
        h("div", { class: "chat-head-text" }, title, presence),
        search.toggle,
        mute.element,
        tools,
        h("details", { class: "members-panel" }, h("summary", {}, t("members")), membersList, link(`/s/${sortieId}`, { class: "small" }, t("sortieDetails"))),
      ),
      search.element,
      pinned.element,
      scroller,
      typingLine,
      composer.element,
    ),
  );

  const context: ChatContext = {
    sortieId,
    get chatId() {
      return chatId;
    },
    get isCreator() {
      return creatorId === me;
    },
    members: () => members,
    upsert: (message) => upsert(message),
    reveal: (messageId) => reveal(messageId),
    composer: composer.textarea,
  };

  function nameOf(senderId: string | null): string {
    if (senderId === me) {
      return t("you");
    }
    return members.find((member) => member.userId === senderId)?.displayName ?? t("formerMember");
  }

  function upsert(message: MessageDto): void {
    if (message.sortieId !== sortieId) {
      return;
    }
    pinned.apply(message);
    const known = messages.get(message.seq);
    // A deletion always wins; otherwise the latest change (highest changeSeq) does.
    if (known && !message.isDeleted && (known.isDeleted || known.changeSeq > message.changeSeq)) {
      return;
    }
    messages.set(message.seq, message);
    const sender = members.find((member) => member.userId === message.senderId);
    if (sender && sender.lastReadSeq < message.seq) {
      sender.lastReadSeq = message.seq; // a send marks the sender's own chat read
    }
    if (message.senderId) {
      typing.delete(message.senderId);
    }
    draw();
  }

  /** An edit, reaction, pin or deletion: shown if the message is on screen (an older one is not pulled in out of order). */
  function applyUpdate(message: MessageDto): void {
    if (message.sortieId !== sortieId) {
      return;
    }
    search.changed(message);
    const quoted = quotes.has(message.id);
    if (quoted) {
      quotes.set(message.id, message);
    }
    if (messages.has(message.seq)) {
      upsert(message);
    } else {
      pinned.apply(message);
      if (quoted) {
        draw();
      }
    }
  }

  function reveal(messageId: string): void {
    const element = list.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(messageId)}"]`);
    if (element) {
      element.scrollIntoView({ block: "center" });
      element.classList.add("highlight");
      setTimeout(() => element.classList.remove("highlight"), 1500);
    }
  }

  /** A search result: loaded by reading older pages if it is not on screen yet (a bounded number), then revealed. */
  async function showFound(message: MessageDto): Promise<boolean> {
    for (let pages = 0; !messages.has(message.seq) && hasOlder && pages < searchPagesBack; pages++) {
      const oldest = oldestSeq();
      await loadOlder(searchPageSize);
      if (oldestSeq() === oldest) {
        break; // the page failed (its error was shown)
      }
    }
    if (!messages.has(message.seq)) {
      return false;
    }
    reveal(message.id);
    return true;
  }

  function oldestSeq(): number {
    return Math.min(...messages.keys());
  }

  function actionsFor(message: MessageDto): HTMLElement | null {
    if (editor?.message.id === message.id) {
      return null;
    }
    const picker = picking === message.id;
    const setPicking = (next: string | null): void => {
      picking = next;
      draw();
    };
    const setConfirming = (next: string | null): void => {
      confirmingDelete = next;
      draw();
    };
    return actionBar(message, {
      me,
      isCreator: creatorId === me,
      confirmingDelete: confirmingDelete === message.id,
      picking: picker,
      extra: messageActions
        .filter((action) => action.applies(message, context))
        .map((action) => h("button", { type: "button", class: "ghost small", onclick: () => void action.run(message, context) }, action.label(message))),
      reply: () => composer.replyToMessage(message),
      togglePicker: () => setPicking(picker ? null : message.id),
      react: (emoji, on) => {
        picking = null;
        void react(message, emoji, on);
      },
      edit: () => startEditing(message),
      togglePin: () => void togglePin(message),
      askDelete: () => setConfirming(message.id),
      confirmDelete: () => void remove(message),
      cancelDelete: () => setConfirming(null),
    });
  }

  function startEditing(message: MessageDto): void {
    picking = null;
    editor = new MessageEditor(message, {
      save: async (target, content) => {
        if (content !== (target.content ?? "")) {
          applyUpdate(await changes.editMessage(hub, target.id, content));
        }
        stopEditing();
      },
      cancel: () => stopEditing(),
    });
    draw();
    editor.focus();
  }

  function stopEditing(): void {
    editor = null;
    draw();
    composer.textarea.focus();
  }

  async function react(message: MessageDto, emoji: string, on: boolean): Promise<void> {
    try {
      applyUpdate(await changes.react(hub, message.id, emoji, on));
    } catch (error) {
      showToast(describeError(error));
      draw();
    }
  }

  async function togglePin(message: MessageDto): Promise<void> {
    try {
      applyUpdate(await changes.togglePin(message));
    } catch (error) {
      showToast(describeError(error));
    }
  }

  async function remove(message: MessageDto): Promise<void> {
    confirmingDelete = null;
    try {
      await api.messages.delete(message.id);
      markDeleted(message.id);
    } catch (error) {
      showToast(describeError(error));
      draw();
    }
  }

  function markDeleted(messageId: string): void {
    pinned.remove(messageId);
    search.removed(messageId);
    if (editor?.message.id === messageId) {
      editor = null;
    }
    for (const message of messages.values()) {
      if (message.id === messageId) {
        // As the server now stores it (DESIGN.md sections 3 and 8): no content, no reactions, no pin.
        upsert({
          ...message, isDeleted: true, content: null, mediaUrl: null, thumbnailUrl: null, fileName: null, fileSize: null, location: null,
          reactions: [], pinnedAt: null, pinnedBy: null,
        });
        return;
      }
    }
  }

  function quotedOf(message: MessageDto): { message: MessageDto; senderName: string } | null {
    if (!message.replyTo) {
      return null;
    }
    const target = [...messages.values()].find((candidate) => candidate.id === message.replyTo) ?? quotes.get(message.replyTo);
    if (!target) {
      const id = message.replyTo;
      void api.messages.get(id).then((found) => {
        quotes.set(id, found);
        rendered.delete(message.seq);
        draw();
      }, () => undefined);
      return null;
    }
    return { message: target, senderName: nameOf(target.senderId) };
  }

  function draw(): void {
    const nearBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
    // The editor moves into a new bubble when its message changes meanwhile (a reaction): it keeps the focus.
    const editorFocused = editor !== null && document.activeElement === editor.textarea;
    const sorted = [...messages.values()].sort((a, b) => a.seq - b.seq);
    const nodes: Node[] = [];
    let day = "";
    let previousSender: string | null = null;
    for (const message of sorted) {
      const messageDay = new Date(message.createdAt).toDateString();
      if (messageDay !== day) {
        day = messageDay;
        previousSender = null;
        nodes.push(h("li", { class: "day", role: "separator" }, h("span", {}, formatDay(message.createdAt))));
      }
      const continued = message.type !== "system" && previousSender === message.senderId;
      previousSender = message.type === "system" ? null : message.senderId;
      const quoted = quotedOf(message);
      const editing = editor?.message.id === message.id ? editor : null;
      const key = [
        message.changeSeq, message.isDeleted, continued, quoted?.message.id, quoted?.message.changeSeq, quoted?.message.isDeleted,
        confirmingDelete === message.id, picking === message.id, editing !== null, members.length,
      ].join("|");
      let entry = rendered.get(message.seq);
      if (!entry || entry.key !== key) {
        const mine = message.senderId === me;
        entry = {
          key,
          element: messageView(message, {
            mine,
            senderName: mine || continued ? null : nameOf(message.senderId),
            quoted,
            actions: actionsFor(message),
            editor: editing?.element ?? null,
            reactions: reactionChips(message, me, nameOf, (target, emoji, on) => void react(target, emoji, on)),
            decorations: messageDecorations.map((decorate) => decorate(message, context)).filter((node): node is Node => node !== null),
            onQuoteClick: reveal,
            sortieTitle: title.textContent ?? "",
            mentioned: members.filter((member) => (message.mentions ?? []).includes(member.userId)),
            me,
          }),
        };
        rendered.set(message.seq, entry);
      }
      nodes.push(entry.element);
    }
    const seen = seenBy(sorted.at(-1));
    if (seen) {
      nodes.push(seen);
    }
    list.replaceChildren(...nodes);
    if (editorFocused) {
      editor?.textarea.focus();
    }
    (scroller.firstElementChild as HTMLElement).hidden = hasOlder || sorted.length === 0;
    drawTyping();
    if (nearBottom) {
      scrollToBottom();
    }
    markRead(sorted.at(-1));
  }

  function seenBy(last: MessageDto | undefined): HTMLElement | null {
    if (!last) {
      return null;
    }
    const readers = members.filter((member) => member.userId !== me && member.userId !== last.senderId && member.lastReadSeq >= last.seq);
    if (readers.length === 0) {
      return null;
    }
    return h("li", { class: `seen-by${last.senderId === me ? " mine" : ""}`, "data-testid": "seen-by" }, t("seenBy", { names: readers.map((reader) => reader.displayName).join(", ") }));
  }

  function drawTyping(): void {
    const names = [...typing.keys()].map(nameOf);
    typingLine.textContent = names.length === 0 ? "" : names.length === 1 ? t("typingOne", { name: names[0] }) : t("typingMany", { names: names.join(", ") });
  }

  function drawMembers(): void {
    const onlineCount = members.filter((member) => member.userId !== me && online.has(member.userId)).length;
    presence.textContent = `${t("membersCount", { count: members.length })} · ${t("onlineCount", { count: onlineCount })}`;
    replaceChildren(
      membersList,
      ...members.map((member) =>
        h(
          "li",
          { class: "person" },
          h("span", { class: `dot${online.has(member.userId) || member.userId === me ? " online" : ""}`, "aria-hidden": "true" }),
          h("span", { class: "avatar small", "aria-hidden": "true" }, initials(member.displayName)),
          h("span", { class: "person-name" }, member.userId === me ? `${member.displayName} (${t("you")})` : member.displayName),
          h("span", { class: "muted small" }, [member.role === "creator" ? t("creator") : "", online.has(member.userId) ? t("online") : ""].filter(Boolean).join(" · ")),
        ),
      ),
    );
  }

  function scrollToBottom(): void {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function markRead(last: MessageDto | undefined): void {
    if (!hub || !last || last.seq <= lastMarked || document.visibilityState !== "visible") {
      return;
    }
    lastMarked = last.seq;
    void hub.markAsRead({ sortieId, messageId: last.id }).catch(() => (lastMarked = 0));
  }

  /** The page before the oldest message on screen; while one is read, the same promise (so callers may wait for it). */
  function loadOlder(limit = pageSize): Promise<void> {
    loadingOlder ??= readOlder(limit).finally(() => (loadingOlder = null));
    return loadingOlder;
  }

  async function readOlder(limit: number): Promise<void> {
    const oldest = messages.get(oldestSeq());
    if (!hasOlder || !oldest || !chatId) {
      return;
    }
    try {
      const page = await api.messages.getByChat(chatId, limit, oldest.id);
      const before = scroller.scrollHeight - scroller.scrollTop;
      hasOlder = page.hasMore;
      for (const message of page.items) {
        messages.set(message.seq, message);
      }
      draw();
      scroller.scrollTop = scroller.scrollHeight - before;
    } catch (error) {
      showToast(describeError(error));
    }
  }

  async function loadMembers(): Promise<void> {
    members = await api.chats.listMembers(sortieId);
    rememberMembers(members);
    rendered.clear();
    drawMembers();
    pinned.draw();
    draw();
  }

  async function refreshAfterReconnect(): Promise<void> {
    await loadMembers();
    const users = await hub!.getOnlineUsers(sortieId);
    online.clear();
    users.userIds.forEach((id) => online.add(id));
    drawMembers();
  }

  function start(snapshot: RoomSnapshotDto): void {
    chatId = snapshot.chatId;
    search.toggle.hidden = false;
    for (const message of snapshot.messages) {
      messages.set(message.seq, message);
    }
    hasOlder = (snapshot.messages[0]?.seq ?? 1) > 1;
    draw();
    scrollToBottom();
    // A first page that does not fill the screen: read older ones until it does or the history starts.
    void (async () => {
      while (!disposed && hasOlder && scroller.scrollHeight <= scroller.clientHeight) {
        await loadOlder();
      }
    })();
  }

  async function open(): Promise<void> {
    try {
      const [sortie, chat] = await Promise.all([api.sorties.get(sortieId), api.chats.getBySortie(sortieId)]);
      mute.show(chat.id, chat.muted);
      title.textContent = sortie.title;
      document.title = `${sortie.title} · SortieChat`;
      creatorId = sortie.creatorId;
      await loadMembers();
      hub = await connection();
      if (disposed) {
        return;
      }
      stops.push(hub.onReceiveMessage((message) => {
        upsert(message);
        if (message.sortieId === sortieId) {
          search.added(message);
        }
      }));
      stops.push(hub.onMessageUpdated((event) => applyUpdate(event.message)));
      stops.push(hub.onMessageDeleted((event) => event.sortieId === sortieId && markDeleted(event.messageId)));
      stops.push(
        hub.onMessageRead((event) => {
          const member = members.find((candidate) => candidate.userId === event.userId);
          if (event.sortieId === sortieId && member && member.lastReadSeq < event.seq) {
            member.lastReadSeq = event.seq;
            draw();
          }
        }),
      );
      stops.push(
        hub.onUserTyping((event) => {
          if (event.sortieId !== sortieId || event.userId === me) {
            return;
          }
          window.clearTimeout(typing.get(event.userId));
          if (event.isTyping) {
            typing.set(event.userId, window.setTimeout(() => { typing.delete(event.userId); drawTyping(); }, 8000));
          } else {
            typing.delete(event.userId);
          }
          drawTyping();
        }),
      );
      const presenceChanged = (userIds: string[], isOnline: boolean): void => {
        userIds.forEach((id) => (isOnline ? online.add(id) : online.delete(id)));
        drawMembers();
      };
      stops.push(hub.onUserJoinedRoom((event) => event.sortieId === sortieId && presenceChanged([event.userId], true)));
      stops.push(hub.onUserLeftRoom((event) => event.sortieId === sortieId && presenceChanged([event.userId], false)));
      stops.push(
        hub.onOnlineUsers((event) => {
          if (event.sortieId === sortieId) {
            online.clear();
            presenceChanged(event.userIds, true);
          }
        }),
      );
      stops.push(
        hub.onNotification((notification) => {
          if (notification.sortieId !== sortieId) {
            return;
          }
          if (notification.kind === "removed") {
            navigate(`/s/${sortieId}`);
          } else if (notification.kind === "member_added" || notification.kind === "member_removed") {
            void loadMembers();
          }
        }),
      );
      let wasReconnecting = false;
      stops.push(
        hub.onStatusChanged((status) => {
          if (status === "reconnecting") {
            wasReconnecting = true;
          } else if (status === "connected" && wasReconnecting) {
            wasReconnecting = false;
            void refreshAfterReconnect().catch(() => undefined);
          }
        }),
      );
      start(await hub.joinRoom(sortieId));
      // Not fatal: the chat works without its pinned list.
      await pinned.load(chatId).catch((error: unknown) => showToast(describeError(error)));
      const users = await hub.getOnlineUsers(sortieId);
      presenceChanged(users.userIds, true);
      for (const tool of chatTools) {
        const made = tool(context);
        tools.append(made.element);
        if (made.dispose) {
          stops.push(made.dispose);
        }
      }
      composerHelpers.forEach((helper) => stops.push(helper(context)));
      composer.textarea.focus();
    } catch (error) {
      if (isUnauthorized(error)) {
        await signOut();
        return;
      }
      replaceChildren(list, h("li", { class: "form-error", role: "alert" }, describeError(error), " ", link(`/s/${sortieId}`, {}, t("sortieDetails"))));
    }
  }

  // Media that finish loading grow the list: a reader who was at the bottom stays there.
  let atBottom = true;
  scroller.addEventListener("scroll", () => {
    atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
    if (scroller.scrollTop < 80) {
      void loadOlder();
    }
  });
  const growth = new ResizeObserver(() => atBottom && !loadingOlder && scrollToBottom());
  growth.observe(list);
  growth.observe(scroller); // a panel opening above it (search) shrinks it: the reader at the bottom stays there
  const visible = (): void => draw();
  document.addEventListener("visibilitychange", visible);
  void open();

  return () => {
    disposed = true;
    growth.disconnect();
    stops.forEach((stop) => stop());
    typing.forEach((timer) => window.clearTimeout(timer));
    document.removeEventListener("visibilitychange", visible);
    composer.dispose();
    search.dispose();
    document.title = "SortieChat";
    if (hub && chatId) {
      void hub.leaveRoom(sortieId).catch(() => undefined);
    }
  };
}
