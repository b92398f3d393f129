export * from "./generated/api.js";
export { SortieChatClient, type SortieChatClientOptions, type Fetcher } from "./client.js";
export { ChatConnection, type ChatConnectionOptions, type ConnectionStatus, type HistorySource } from "./chat-connection.js";
export { SortieChatError } from "./errors.js";
