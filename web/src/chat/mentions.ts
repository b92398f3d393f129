import { h } from "../dom";

/** A member as a mention names them. */
export interface Mentionable {
  userId: string;
  displayName: string;
}

interface MentionRange {
  start: number;
  end: number;
  userId: string;
}

const wordCharacter = /[\p{L}\p{M}\p{N}_]/u;

/** Lowercased and without accents, so that "elo" finds "Élodie". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/**
 * Where the members' "@DisplayName" stand in the text, as whole names ("@Bob" is not in "@Bobby"), the longest name
 * winning where two overlap ("@Bob Smith" over "@Bob"); in text order.
 */
function mentionRanges(text: string, members: Mentionable[]): MentionRange[] {
  const ranges: MentionRange[] = [];
  for (const member of [...members].sort((a, b) => b.displayName.length - a.displayName.length)) {
    const needle = `@${member.displayName}`;
    for (let start = text.indexOf(needle); start >= 0; start = text.indexOf(needle, start + 1)) {
      const end = start + needle.length;
      const next = text.slice(end, end + 2);
      const whole = next === "" || !wordCharacter.test([...next][0]);
      if (whole && !ranges.some((range) => start < range.end && end > range.start)) {
        ranges.push({ start, end, userId: member.userId });
      }
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The ids of the members whose "@DisplayName" is in the text, once each. */
export function mentionedIn(text: string, members: Mentionable[]): string[] {
  return [...new Set(mentionRanges(text, members).map((range) => range.userId))];
}

/**
 * The text as nodes, each "@DisplayName" of a mentioned member in a span "mention" ("mention me" for the reader);
 * everything else stays plain text (never markup).
 */
export function withMentions(text: string, mentioned: Mentionable[], me: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let done = 0;
  for (const range of mentionRanges(text, mentioned)) {
    parts.push(text.slice(done, range.start));
    parts.push(h("span", { class: range.userId === me ? "mention me" : "mention" }, text.slice(range.start, range.end)));
    done = range.end;
  }
  parts.push(text.slice(done));
  return parts.filter((part) => part !== "");
}
