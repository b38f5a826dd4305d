// Suggests the date of an uploaded document: a date written at the head of its text (where a
// letter or report is dated) first, then the date in the file's own details, then the first date
// anywhere in its text, in the ways dates are written in England ("12 March 2026", "12th March
// 2026", "12/03/2026", "2026-03-12"). The file's details often say when it was scanned, saved or
// converted, not when it was written. Dates of birth and dates that cannot be right (in the
// future, or long before any child's record) are passed over. The parent always sees the
// suggestion, every date found and where each came from, and can change it.
import {
  daysInMonth,
  isCalendarDate,
  makeDate,
  type CalendarDate,
} from "../calendar/calendar-date";

/** Where a suggested date came from, as the documents table records it. */
export type SuggestedDateSource = "metadata" | "content";

export type SuggestedDate = { date: CalendarDate; source: SuggestedDateSource };

/**
 * No document in a child's SEN record is older than this. A child in school now was born after
 * 2000, and parents keep older papers rarely enough that such a date is more often a typing slip
 * or a reference number than the document's date; the parent can still type one.
 */
export const EARLIEST_DOCUMENT_DATE: CalendarDate = "1990-01-01";

/** How much of the text is searched for a date: the date of a letter or report is near its top. */
export const DATE_SEARCH_CHARACTERS = 20_000;

/**
 * The head of a document: its first lines, where a letter puts the addresses and the date and a
 * report its title page. A date here is the document's own; one further down may be anything.
 */
export const HEAD_LINES = 15;
export const HEAD_CHARACTERS = 1_000;

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const ORDINAL = "(?:st|nd|rd|th)?";

type Candidate = { index: number; end: number; year: number; month: number; day: number | null };

/** Each way of writing a date, and how to read its parts. Day-first forms are read the UK way. */
const PATTERNS: Array<{
  pattern: RegExp;
  read: (m: RegExpMatchArray) => Omit<Candidate, "index" | "end">;
}> = [
  {
    // 12 March 2026, 12th March 2026, 12 Mar. 2026, 12th of March, 2026
    pattern: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`,
      "gi",
    ),
    read: (m) => ({ day: Number(m[1]), month: MONTHS[m[2]!.toLowerCase()]!, year: Number(m[3]) }),
  },
  {
    // March 12, 2026 and March 12th 2026
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => ({ day: Number(m[2]), month: MONTHS[m[1]!.toLowerCase()]!, year: Number(m[3]) }),
  },
  {
    // 2026-03-12
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 12/03/2026, 12.03.2026, 12-03-2026, and 12/03/26 (two-digit years only with slashes)
    pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|(?<=\/\d{1,2}\/)\d{2})(?![\d/.-]*\d)/g,
    read: (m) => ({
      day: Number(m[1]),
      month: Number(m[3]),
      year: m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]),
    }),
  },
  {
    // March 2026: a month only, used when no full date is found
    pattern: new RegExp(`\\b${MONTH}\\.?,?\\s+(\\d{4})\\b`, "gi"),
    read: (m) => ({ day: null, month: MONTHS[m[1]!.toLowerCase()]!, year: Number(m[2]) }),
  },
];

// A date right after one of these words (or right before "(date of birth)") is someone's birthday.
const BIRTH_BEFORE =
  /(?:\bdob|\bd\.\s?o\.\s?b|date of birth|birth\s?date|\bborn(?:\s+on)?|\bbirthday)[\s:.,;=(–—-]*$/i;
const BIRTH_AFTER = /^[\s,;:–—-]*\(?\s*(?:dob|d\.o\.b|date of birth|born)\b/i;

function isBirthDate(text: string, candidate: Candidate): boolean {
  const before = text.slice(Math.max(0, candidate.index - 30), candidate.index);
  const after = text.slice(candidate.end, candidate.end + 25);
  return BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after);
}

function toDate({ year, month, day }: Omit<Candidate, "index" | "end">): CalendarDate | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return null;
  const realDay = day ?? 1;
  if (realDay < 1 || realDay > daysInMonth(year, month)) return null;
  return makeDate(year, month, realDay);
}

function isBelievable(date: CalendarDate, today: CalendarDate): boolean {
  return date >= EARLIEST_DOCUMENT_DATE && date <= today;
}

/**
 * Every date written in the text that could be the document's date, in the order they appear:
 * full dates first in reading order, then (only if there are none) month-and-year dates, which
 * count as the first of the month. Dates of birth, impossible dates and dates after `today` are
 * left out.
 *
 * @example findDocumentDates("DOB 14/11/2017. Seen on 3 March 2026.", "2026-11-23") // ["2026-03-03"]
 */
export function findDocumentDates(text: string, today: CalendarDate): CalendarDate[] {
  const searched = text.slice(0, DATE_SEARCH_CHARACTERS);
  const candidates: Candidate[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of searched.matchAll(pattern)) {
      const index = match.index ?? 0;
      candidates.push({ index, end: index + match[0].length, ...read(match) });
    }
  }
  const full = candidates.filter((c) => c.day !== null);
  // "March 2026" inside "12 March 2026" is the same date, already counted.
  const monthOnly = candidates.filter(
    (c) => c.day === null && !full.some((f) => c.index < f.end && f.index < c.end),
  );
  const dated = (list: Candidate[]) =>
    list
      .sort((a, b) => a.index - b.index)
      .filter((c) => !isBirthDate(searched, c))
      .map(toDate)
      .filter((date): date is CalendarDate => date !== null && isBelievable(date, today));
  const fullDates = dated(full);
  return fullDates.length > 0 ? fullDates : dated(monthOnly);
}

/** The first lines of a text, as far as HEAD_LINES lines or HEAD_CHARACTERS characters. */
function headOf(text: string): string {
  return text.split(/\r\n?|\n/).slice(0, HEAD_LINES).join("\n").slice(0, HEAD_CHARACTERS);
}

/** Where a date found for a document came from, as the document page says it. */
export type FoundDateOrigin = "head" | "metadata" | "text";

export type FoundDocumentDates = {
  /** The first believable date written at the head of the text. */
  head: CalendarDate | null;
  /** The date in the file's own details (a PDF's creation date, an email's Date header), if believable. */
  metadata: CalendarDate | null;
  /** The first believable date anywhere in the text (the head's, when it has one). */
  text: CalendarDate | null;
};

/**
 * Every date that could be the document's, by where it was found.
 *
 * @example findDatesByOrigin({ metadataDate: "2026-03-20", text: "Riverside Primary\n12 March 2026\n…", today: "2026-11-23" })
 * // { head: "2026-03-12", metadata: "2026-03-20", text: "2026-03-12" }
 */
export function findDatesByOrigin({
  metadataDate,
  text,
  today,
}: {
  metadataDate: CalendarDate | null;
  text: string | null;
  today: CalendarDate;
}): FoundDocumentDates {
  const [head] = text ? findDocumentDates(headOf(text), today) : [];
  const [first] = text ? findDocumentDates(text, today) : [];
  const metadata = metadataDate && isCalendarDate(metadataDate) && isBelievable(metadataDate, today) ? metadataDate : null;
  return { head: head ?? null, metadata, text: first ?? null };
}

/**
 * The date to suggest for a document: a date written at the head of its text, else its metadata
 * date when believable, else the first believable date anywhere in its text, else null.
 *
 * @example suggestDocumentDate({ metadataDate: "2026-03-20", text: "Dear Ms Shah, 12th March 2026", today: "2026-11-23" })
 * // { date: "2026-03-12", source: "content" }
 */
export function suggestDocumentDate(input: {
  metadataDate: CalendarDate | null;
  text: string | null;
  today: CalendarDate;
}): SuggestedDate | null {
  const found = findDatesByOrigin(input);
  if (found.head) return { date: found.head, source: "content" };
  if (found.metadata) return { date: found.metadata, source: "metadata" };
  return found.text ? { date: found.text, source: "content" } : null;
}
