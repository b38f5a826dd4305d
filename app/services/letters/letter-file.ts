// What a letter file is made from, whatever its format, and the name it is downloaded under.
// Shared by the request letters and the later letters (assessment requests, complaints).
import type { CalendarDate } from "~/domain";

export type PrintableLetter = {
  senderName: string | null;
  senderAddress: string | null;
  recipientName: string | null;
  recipientAddress: string | null;
  /** The date written on the letter: the day it was sent, or today for a draft. */
  date: CalendarDate;
  subject: string;
  body: string;
};

/** "request-for-robin-hale-s-provision-map-2026-03-12.docx": the subject, with only safe characters. */
export function letterFileName(
  subject: string,
  date: CalendarDate,
  extension: "docx" | "pdf",
): string {
  const slug =
    subject
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80)
      .replace(/-$/, "") || "letter";
  return `${slug}-${date}.${extension}`;
}

/**
 * Text without the control characters that neither a Word file (XML) nor a PDF can hold, and
 * with any broken surrogate pair replaced: pasted text sometimes carries them.
 */
export function withoutControlCharacters(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (
      (code < 32 && char !== "\n" && char !== "\t") ||
      code === 0x7f ||
      code === 0xfffe ||
      code === 0xffff
    )
      continue;
    // Iterating by code point leaves a surrogate without its partner on its own.
    out += code >= 0xd800 && code <= 0xdfff ? "\ufffd" : char;
  }
  return out;
}

/** The letter with every text field cleaned by withoutControlCharacters. */
export function cleanLetter(letter: PrintableLetter): PrintableLetter {
  const clean = (text: string | null) => (text === null ? null : withoutControlCharacters(text));
  return {
    senderName: clean(letter.senderName),
    senderAddress: clean(letter.senderAddress),
    recipientName: clean(letter.recipientName),
    recipientAddress: clean(letter.recipientAddress),
    date: letter.date,
    subject: withoutControlCharacters(letter.subject),
    body: withoutControlCharacters(letter.body),
  };
}
