import { h } from "../dom";
import { fold } from "./mentions";

/** What the server calls a word (docs/search.md): a run of letters and digits once folded; marks were dropped. */
const separator = /[^\p{L}\p{N}]+/u;

/** The words of a query, folded as the server folds them; none when it holds no letter or digit (not worth sending). */
export function queryWords(query: string): string[] {
  return fold(query).split(separator).filter(Boolean);
}

/** Whether the text holds every word of the query, the last one as a prefix: the server's rule for a match. */
export function matchesEvery(text: string, words: string[]): boolean {
  const own = queryWords(text);
  return words.every((word, i) => (i === words.length - 1 ? own.some((candidate) => candidate.startsWith(word)) : own.includes(word)));
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of the folded text, where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/** The text folded character by character, remembering where each folded unit came from. */
function foldWithPositions(text: string): Folded {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = "";
  let at = 0;
  for (const character of text) {
    const end = at + character.length;
    const part = fold(character);
    for (let i = 0; i < part.length; i++) {
      starts.push(at);
      ends.push(end);
    }
    folded += part;
    at = end;
  }
  return { text: folded, starts, ends };
}

/**
 * Where the query's words stand in the text, as [start, end) ranges of the original text: a word of the text equal to
 * one of the query's words, or starting with the last one (its prefix only), as the server matches them.
 */
export function matchRanges(text: string, words: string[]): [number, number][] {
  if (words.length === 0) {
    return [];
  }
  const whole = new Set(words.slice(0, -1));
  const prefix = words.at(-1)!;
  const folded = foldWithPositions(text);
  const ranges: [number, number][] = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (let found = word.exec(folded.text); found; found = word.exec(folded.text)) {
    const length = whole.has(found[0]) ? found[0].length : found[0].startsWith(prefix) ? prefix.length : 0;
    if (length > 0) {
      let end = folded.ends[found.index + length - 1];
      // Marks typed apart after the last letter fold to nothing: they stay with their letter.
      while (end < text.length && /\p{M}/u.test(text[end])) {
        end++;
      }
      ranges.push([folded.starts[found.index], end]);
    }
  }
  return ranges;
}

/** The text as nodes, the matched words in <mark> (as text, never markup); a long text is cut to start near its first match. */
export function highlighted(text: string, words: string[], room = 160): (Node | string)[] {
  let ranges = matchRanges(text, words);
  let shown = text;
  let lead = "";
  const first = ranges[0]?.[0] ?? 0;
  if (text.length > room && first > room / 2) {
    const cut = first - Math.floor(room / 4);
    shown = text.slice(cut);
    lead = "…";
    ranges = ranges.map(([start, end]) => [start - cut, end - cut]);
  }
  const parts: (Node | string)[] = [lead];
  let done = 0;
  for (const [start, end] of ranges) {
    parts.push(shown.slice(done, start), h("mark", {}, shown.slice(start, end)));
    done = end;
  }
  parts.push(shown.slice(done));
  return parts.filter((part) => part !== "");
}
