// Hash routing: "#/chat/<sortieId>" and the like never reach the server, so they cannot collide with API routes.

export type Route =
  | { name: "signIn" }
  | { name: "signUp" }
  | { name: "home" }
  | { name: "newSortie" }
  | { name: "sortie"; sortieId: string }
  | { name: "chat"; sortieId: string };

const idPattern = "([0-9a-fA-F-]{36})";
const table: [RegExp, (match: RegExpExecArray) => Route][] = [
  [/^\/?$/, () => ({ name: "home" })],
  [/^\/signin$/, () => ({ name: "signIn" })],
  [/^\/signup$/, () => ({ name: "signUp" })],
  [/^\/new$/, () => ({ name: "newSortie" })],
  [new RegExp(`^/s/${idPattern}$`), (match) => ({ name: "sortie", sortieId: match[1].toLowerCase() })],
  [new RegExp(`^/chat/${idPattern}$`), (match) => ({ name: "chat", sortieId: match[1].toLowerCase() })],
];

export function currentPath(): string {
  return decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
}

export function parse(path: string): Route {
  for (const [pattern, route] of table) {
    const match = pattern.exec(path);
    if (match) {
      return route(match);
    }
  }
  return { name: "home" };
}

export function navigate(path: string): void {
  if (currentPath() === path) {
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    location.hash = path;
  }
}

export function sortieLink(sortieId: string): string {
  return `${location.origin}/#/s/${sortieId}`;
}
