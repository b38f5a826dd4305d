// Text read out of files, made safe to store and search: no NULs or control characters
// (PostgreSQL text cannot hold a NUL), tidy line ends, and a cap on length (a tsvector holds at
// most 1 MB, so a very long text is cut, and the cut is said).
import { formatNumber } from "~/domain/presentation";

/** At most this many characters of a document's text are kept (well under the 1 MB tsvector limit). */
export const TEXT_LIMIT_CHARACTERS = 300_000;

export const TEXT_CUT_NOTE = `The text is very long, so only its first ${formatNumber(TEXT_LIMIT_CHARACTERS)} characters are kept for search. The whole file is kept as it was.`;

/** Tidied text (null when nothing is left), and whether it was cut to the limit. */
export function cleanText(raw: string): { text: string | null; isCut: boolean } {
  const tidy = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (tidy === "") return { text: null, isCut: false };
  if (tidy.length <= TEXT_LIMIT_CHARACTERS) return { text: tidy, isCut: false };
  // Do not cut a surrogate pair in half.
  const cut = /[\uD800-\uDBFF]$/.test(tidy.slice(0, TEXT_LIMIT_CHARACTERS))
    ? TEXT_LIMIT_CHARACTERS - 1
    : TEXT_LIMIT_CHARACTERS;
  return { text: tidy.slice(0, cut), isCut: true };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  pound: "£",
  euro: "€",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

/** The readable text of an HTML email body: tags dropped, blocks on their own lines, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|table|section|article)\s*>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "• ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#")) {
        const code =
          name[1]?.toLowerCase() === "x"
            ? Number.parseInt(name.slice(2), 16)
            : Number(name.slice(1));
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : " ";
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ *\n */g, "\n");
}
