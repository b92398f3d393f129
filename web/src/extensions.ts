// Where the features of later steps plug in without reshaping the views (issues 14 and 15):
// message actions (edit, react, pin), things drawn under a message (reactions, "edited", pinned), chat header
// tools (search), composer helpers and home banners (the notifications offer). The mention autocomplete is the
// composer's own (chat/mention-picker.ts): it must see Enter before the composer sends.
import type { ChatMemberDto, MessageDto, SendMessageRequest } from "@sortiechat/client";

/** What a chat view offers to its extensions. */
export interface ChatContext {
  sortieId: string;
  chatId: string;
  isCreator: boolean;
  members(): ChatMemberDto[];
  /** Puts a message (new or changed, as history returns it) in its place on screen. */
  upsert(message: MessageDto): void;
  /** Scrolls to a loaded message and highlights it. */
  reveal(messageId: string): void;
  composer: HTMLTextAreaElement;
}

/** A button in a message's action bar; its label is its accessible name. */
export interface MessageAction {
  label(message: MessageDto): string;
  applies(message: MessageDto, context: ChatContext): boolean;
  run(message: MessageDto, context: ChatContext): void | Promise<void>;
}

/** Something drawn under a message's content (null for nothing). */
export type MessageDecoration = (message: MessageDto, context: ChatContext) => Node | null;

/** A control in the chat's header (search, pins); returns its element and an optional cleanup. */
export type ChatTool = (context: ChatContext) => { element: HTMLElement; dispose?: () => void };

/** A helper attached to the composer; returns a cleanup. */
export type ComposerHelper = (context: ChatContext) => () => void;

/** Adds to a message about to be sent; gets and returns the send body. */
export type SendTransform = (request: SendMessageRequest, context: ChatContext) => SendMessageRequest;

/** A banner on the home screen (the prompt to turn on notifications); null when it has nothing to say. */
export type HomeBanner = () => HTMLElement | null;

export const messageActions: MessageAction[] = [];
export const messageDecorations: MessageDecoration[] = [];
export const chatTools: ChatTool[] = [];
export const composerHelpers: ComposerHelper[] = [];
export const sendTransforms: SendTransform[] = [];
export const homeBanners: HomeBanner[] = [];
