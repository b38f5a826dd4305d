// A letter's parts in the order they are set out on paper, shared by the Word and PDF files, the
// page's preview and the copy kept in the correspondence log: greeting, subject, paragraphs,
// sign-off. British usage: "Yours sincerely" to a named reader, "Yours faithfully" otherwise.

import { bareName, salutation } from "../presentation";

export type ComposedLetter = {
  /** The sender's name and address, a line each, for the top right. */
  from: string[];
  /** The recipient's name and address, a line each. */
  to: string[];
  greeting: string;
  subject: string;
  /** Each paragraph as its lines (a list item is a line of its own). */
  paragraphs: string[][];
  signOff: string;
  signature: string | null;
};

/** Splits a letter body into paragraphs (at blank lines) and lines, dropping empty ones. */
export function splitParagraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== ""),
    )
    .filter((lines) => lines.length > 0);
}

/** An address typed on several lines, or with commas on one line, as its lines. */
export function addressLines(address: string | null | undefined): string[] {
  if (!address) return [];
  const lines = address
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length === 1 ? (lines[0] as string).split(/\s*,\s*/).filter(Boolean) : lines;
}

/** Comparable form of an address line: case, spaces and punctuation do not matter. */
const lineKey = (line: string) => line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The name and address lines with any line that repeats an earlier one, or the name without its
 * role, left out: "Mrs Priya Shah, SENCO" above an address starting "Mrs Priya Shah" is one line.
 */
function withoutRepeats(name: string | undefined, address: string | null | undefined): string[] {
  const lines = [...(name ? [name] : []), ...addressLines(address)];
  const seen = new Set<string>();
  return lines.filter((line, index) => {
    const key = lineKey(line);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    if (index === 0 && name) seen.add(lineKey(bareName(name)));
    return true;
  });
}

export type LetterParts = {
  senderName: string | null;
  senderAddress?: string | null;
  recipientName: string | null;
  recipientAddress?: string | null;
  subject: string;
  body: string;
};

/**
 * Example: composeLetter({ recipientName: "Mr Dev Patel", senderName: "Jo Hale", subject: "…",
 * body: "First.\n\nSecond." }) has greeting "Dear Mr Patel,", two paragraphs and sign-off
 * "Yours sincerely,". A line of an address that repeats the name or an earlier line is left out.
 */
export function composeLetter(letter: LetterParts): ComposedLetter {
  const recipient = letter.recipientName?.trim();
  const sender = letter.senderName?.trim();
  return {
    from: withoutRepeats(sender, letter.senderAddress),
    to: withoutRepeats(recipient, letter.recipientAddress),
    greeting: salutation(recipient, "Dear Sir or Madam,"),
    subject: letter.subject.trim(),
    paragraphs: splitParagraphs(letter.body),
    signOff: recipient ? "Yours sincerely," : "Yours faithfully,",
    signature: sender || null,
  };
}

/** The letter as plain text, e.g. for an email or the correspondence log. */
export function letterAsText(letter: LetterParts): string {
  const composed = composeLetter(letter);
  return [
    composed.greeting,
    composed.subject,
    ...composed.paragraphs.map((lines) => lines.join("\n")),
    [composed.signOff, composed.signature].filter(Boolean).join("\n"),
  ].join("\n\n");
}
