// How the chronology writes free text and facts into one detail line: cut to a length, joined as sentences.

/** Longer free text (a diary entry, a letter's summary) is cut to about this many characters. */
export const DETAIL_LENGTH = 200;

/** Text on one line, cut at a word near `max` characters with an ellipsis. */
export function shorten(text: string, max = DETAIL_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The non-empty parts as sentences of one detail line, or null when there are none. */
export function joinDetail(...parts: Array<string | null | undefined | false>): string | null {
  const present = parts.filter((part): part is string => typeof part === "string" && part.trim() !== "").map((part) => part.trim());
  if (present.length === 0) return null;
  return present.map((part, index) => (index < present.length - 1 && !/[.!?…]$/.test(part) ? `${part}.` : part)).join(" ");
}
