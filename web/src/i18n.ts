import { en } from "./locales/en";
import { fr } from "./locales/fr";

export type Language = "fr" | "en";
export type TextKey = keyof typeof en;

const dictionaries: Record<Language, Record<TextKey, string>> = { en, fr };
const storageKey = "sortiechat.language";
let current: Language = initialLanguage();
const listeners = new Set<() => void>();

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === "fr" || saved === "en") {
    return saved;
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "fr" || base === "en") {
      return base;
    }
  }
  return "en";
}

export function language(): Language {
  return current;
}

export function setLanguage(next: Language): void {
  current = next;
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
  for (const listener of [...listeners]) {
    listener();
  }
}

export function onLanguageChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text of a key in the current language; {name} placeholders are filled from values. */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  return dictionaries[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function locale(): string {
  return current === "fr" ? "fr-FR" : "en-GB";
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit" });
}

export function formatDay(iso: string): string {
  const day = new Date(iso);
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (day.toDateString() === today.toDateString()) {
    return t("today");
  }
  if (day.toDateString() === yesterday.toDateString()) {
    return t("yesterday");
  }
  return day.toLocaleDateString(locale(), { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(locale(), { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

export function formatSize(bytes: number): string {
  const units = current === "fr" ? ["o", "Ko", "Mo", "Go"] : ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString(locale(), { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
