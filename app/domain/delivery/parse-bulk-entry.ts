// Reads what the school's records say about many sessions at once, written in plain words:
// "all held except 3 and 17 October", "3, 10 and 17 October cancelled — staff absence".

import { compareDates, daysInMonth, makeDate, MONTH_NAMES, toDayNumber, type CalendarDate, dayOfWeek } from "../calendar/calendar-date";
import { formatDate } from "../presentation";
import type { CancelReason, LoggedSession, SessionStatus } from "./session-status";

export type DateSpan = { from: CalendarDate; to: CalendarDate };

/** One instruction: these dates (and every logged session in these spans) get this status. */
export type BulkMark = {
  dates: CalendarDate[];
  spans: DateSpan[];
  status: SessionStatus;
  cancelReason: CancelReason | null;
};

export type BulkEntry = {
  /** "all held": what every session in the log becomes before the marks apply. */
  rest: { status: SessionStatus; cancelReason: CancelReason | null } | null;
  marks: BulkMark[];
};

export type BulkEntryResult = { ok: true; entry: BulkEntry } | { ok: false; error: string };

/** Long enough for a term of notes; longer text is more likely pasted by mistake. */
export const BULK_ENTRY_LIMIT = 2000;

/** The longest span "3–7 October" may cover, so a typo cannot mark years of sessions. */
const MAX_SPAN_DAYS = 366;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

const EXAMPLES = "For example: all held except 3 and 17 October, or 3, 10 and 17 October cancelled — staff absence";

// Status words. "Not held" and "missed" mean cancelled; checked before "held" so they win.
const CANCELLED = /\b(?:cancell?ed|canceled|missed|not held|did ?n[o']t (?:happen|take place)|didnt happen|no session)\b/;
const HELD = /\b(?:held|happened|took place|done|delivered|went ahead|ran)\b/;
const UNKNOWN = /\b(?:unknown|not known|don'?t know|no record|not sure)\b/;

// Reasons, most specific first: "staff absent" is staff absence even though it says "absent".
const REASONS: Array<[RegExp, CancelReason]> = [
  [/\b(?:staff|teacher|ta|teaching assistant|adult|tutor|therapist)\b[^,;]*?\b(?:absen\w*|ill|sick|off|away|unavailable|training|cover)\b|\bstaff absence\b|\bno (?:staff|cover|ta|teacher)\b/, "staff_absence"],
  [/\b(?:trip|visit|outing|event|sports day|assembly|performance|play|rehearsal|inset|training day|strike|closure|closed|snow|exams?|mocks?)\b/, "trip"],
  [/\b(?:child|pupil|he|she|they)\b[^,;]*?\b(?:absen\w*|ill|sick|off|away)\b|\b(?:absen\w*|ill|sick|off sick|appointment|holiday)\b/, "child_absent"],
  [/\bother\b/, "other"],
];

// One date as people write it: 2025-10-03, 3/10, 3/10/25, 3rd October, 3 Oct 2025, October 3.
const DAY = "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
const DATE_ATOM = new RegExp(
  [
    "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)",
    "(?<!\\d)(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?(?![\\d/])",
    `${DAY}(?:\\s+(?:of\\s+)?(${MONTH_WORDS})\\b\\.?(?:\\s+(\\d{4})(?!\\d))?)?`,
    `\\b(${MONTH_WORDS})\\b\\.?\\s+${DAY}(?:,?\\s+(\\d{4})(?!\\d))?`,
  ].join("|"),
  "g",
);
const RANGE_JOINER = /^\s*(?:-|–|—|to|until|till|through)\s*$/;
const LIST_JOINER = /^(?:\s|,|&|\band\b|\bor\b|-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b)*$/;

type Atom = { day: number; month: number | null; year: number | null; start: number; end: number };

/**
 * Reads a bulk entry. `within` is the span of the provision's sessions: a date without a year
 * takes the year that puts it inside (or nearest to) that span, and a date outside it is refused.
 *
 * Example: parseBulkEntry("all held except 3 and 17 October", { from: "2025-09-01", to: "2025-12-19" })
 * gives rest "held" and one mark: 3 and 17 October 2025 cancelled, with no reason given.
 */
export function parseBulkEntry(text: string, within: DateSpan): BulkEntryResult {
  const clauses = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[\n;]+|\.\s+(?=\D)/)
    .map((clause) => clause.trim().replace(/\.$/, ""))
    .filter(Boolean);
  if (clauses.length === 0) return { ok: false, error: `Write what the school's records say. ${EXAMPLES}` };
  const entry: BulkEntry = { rest: null, marks: [] };
  for (const clause of clauses) {
    const read = readClause(clause, within, entry.rest !== null);
    if (!read.ok) return read;
    if (read.rest) entry.rest = read.rest;
    entry.marks.push(...read.marks);
  }
  return { ok: true, entry };
}

type ClauseResult = { ok: true; rest: BulkEntry["rest"]; marks: BulkMark[] } | { ok: false; error: string };

function readClause(clause: string, within: DateSpan, hasRest: boolean): ClauseResult {
  const allMatch = /^(?:all|every)(?: (?:the )?sessions?)?(?: were| was)?\b/.exec(clause);
  if (allMatch) {
    if (hasRest) return { ok: false, error: `Say "all" only once. ${EXAMPLES}` };
    const [head, tail] = splitOnce(clause.slice(allMatch[0].length), /\b(?:except|apart from|but not|other than|but)\b/);
    const status = readStatus(head);
    if (!status) return { ok: false, error: `We could not tell whether the sessions were held or cancelled. Use the word "held" or "cancelled". ${EXAMPLES}` };
    const rest = { status, cancelReason: status === "cancelled" ? readReason(head) : null };
    if (tail === null) return { ok: true, rest, marks: [] };
    // "All held except 3 October": the dates named are the opposite, unless the text says otherwise.
    const exceptStatus = readStatus(tail) ?? (status === "held" ? "cancelled" : "held");
    const dates = readDates(tail, within);
    if (!dates.ok) return dates;
    if (dates.dates.length === 0 && dates.spans.length === 0)
      return { ok: false, error: `We could not find the dates after "except". Write dates like 3 October, 3/10 or 3–7 October.` };
    return { ok: true, rest, marks: [{ dates: dates.dates, spans: dates.spans, status: exceptStatus, cancelReason: exceptStatus === "cancelled" ? readReason(tail) : null }] };
  }
  const status = readStatus(clause);
  if (!status) return { ok: false, error: `We could not tell whether the sessions on "${clause}" were held or cancelled. Use the word "held" or "cancelled". ${EXAMPLES}` };
  const dates = readDates(clause, within);
  if (!dates.ok) return dates;
  if (dates.dates.length === 0 && dates.spans.length === 0)
    return { ok: false, error: `We could not find any dates in "${clause}". Write dates like 3 October, 3/10 or 3–7 October, or start with "all".` };
  return { ok: true, rest: null, marks: [{ dates: dates.dates, spans: dates.spans, status, cancelReason: status === "cancelled" ? readReason(clause) : null }] };
}

function splitOnce(text: string, separator: RegExp): [string, string | null] {
  const match = separator.exec(text);
  if (!match) return [text, null];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

function readStatus(text: string): SessionStatus | null {
  if (CANCELLED.test(text)) return "cancelled";
  if (UNKNOWN.test(text)) return "unknown";
  if (HELD.test(text)) return "held";
  return null;
}

function readReason(text: string): CancelReason | null {
  for (const [pattern, reason] of REASONS) if (pattern.test(text)) return reason;
  return null;
}

type DatesResult = { ok: true; dates: CalendarDate[]; spans: DateSpan[] } | { ok: false; error: string };

function readDates(text: string, within: DateSpan): DatesResult {
  let atoms: Atom[] = [];
  for (const match of text.matchAll(DATE_ATOM)) {
    const g = match.slice(1);
    const start = match.index;
    const end = start + match[0].length;
    if (g[0]) atoms.push({ year: Number(g[0]), month: Number(g[1]), day: Number(g[2]), start, end });
    else if (g[3]) atoms.push({ day: Number(g[3]), month: Number(g[4]), year: g[5] ? fullYear(g[5]) : null, start, end });
    else if (g[6]) atoms.push({ day: Number(g[6]), month: g[7] ? MONTHS[g[7]]! : null, year: g[8] ? Number(g[8]) : null, start, end });
    else if (g[9]) atoms.push({ month: MONTHS[g[9]]!, day: Number(g[10]), year: g[11] ? Number(g[11]) : null, start, end });
  }
  // "3, 10 and 17 October": a day without a month takes the month of the next date in the same
  // list, else of the one before. A number not joined to a dated list ("year 6 trip") is not a date.
  const isJoined = (a: Atom, b: Atom) => LIST_JOINER.test(text.slice(a.end, b.start));
  for (let i = atoms.length - 2; i >= 0; i--) {
    const [atom, next] = [atoms[i]!, atoms[i + 1]!];
    if (atom.month === null && next.month !== null && isJoined(atom, next)) [atom.month, atom.year] = [next.month, atom.year ?? next.year];
  }
  for (let i = 1; i < atoms.length; i++) {
    const [previous, atom] = [atoms[i - 1]!, atoms[i]!];
    if (atom.month === null && previous.month !== null && isJoined(previous, atom)) [atom.month, atom.year] = [previous.month, atom.year ?? previous.year];
  }
  const undated = atoms.find((atom) => atom.month === null);
  if (undated && atoms.every((atom) => atom.month === null))
    return { ok: false, error: `Say which month "${undated.day}" is in, for example ${undated.day} October.` };
  atoms = atoms.filter((atom) => atom.month !== null);
  const resolved: CalendarDate[] = [];
  for (const atom of atoms) {
    if (atom.month === null) continue;
    if (atom.month < 1 || atom.month > 12) return { ok: false, error: `There is no month ${atom.month}. Write the day first, then the month: 3/10 is 3 October.` };
    const date = resolveYear(atom, atom.month, within);
    if (!date) return { ok: false, error: `${atom.day} ${MONTH_NAMES[atom.month - 1]} is not a real date. Check the day and month.` };
    if (compareDates(date, within.from) < 0 || compareDates(date, within.to) > 0)
      return { ok: false, error: `${describe(date)} is outside the dates of this support (${describe(within.from)} to ${describe(within.to)}).` };
    resolved.push(date);
  }
  const dates: CalendarDate[] = [];
  const spans: DateSpan[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const between = i + 1 < atoms.length ? text.slice(atoms[i]!.end, atoms[i + 1]!.start) : "";
    if (i + 1 < atoms.length && RANGE_JOINER.test(between)) {
      const [from, to] = [resolved[i]!, resolved[i + 1]!];
      if (compareDates(from, to) > 0) return { ok: false, error: `The dates ${describe(from)} to ${describe(to)} are the wrong way round.` };
      if (toDayNumber(to) - toDayNumber(from) > MAX_SPAN_DAYS) return { ok: false, error: `${describe(from)} to ${describe(to)} is more than a year. Write shorter spans.` };
      spans.push({ from, to });
      i++;
    } else {
      dates.push(resolved[i]!);
    }
  }
  return { ok: true, dates, spans };
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

// A date without a year falls in the year that puts it inside the span, or nearest to it.
function resolveYear(atom: Atom, month: number, within: DateSpan): CalendarDate | null {
  const years = atom.year !== null ? [atom.year] : yearsAround(within);
  let best: { date: CalendarDate; distance: number } | null = null;
  for (const year of years) {
    if (atom.day < 1 || atom.day > daysInMonth(year, month)) continue;
    const date = makeDate(year, month, atom.day);
    const distance = compareDates(date, within.from) < 0 ? toDayNumber(within.from) - toDayNumber(date) : compareDates(date, within.to) > 0 ? toDayNumber(date) - toDayNumber(within.to) : 0;
    if (!best || distance < best.distance) best = { date, distance };
  }
  return best?.date ?? null;
}

function yearsAround(within: DateSpan): number[] {
  const first = Number(within.from.slice(0, 4));
  const last = Number(within.to.slice(0, 4));
  const years: number[] = [];
  for (let year = first - 1; year <= last + 1; year++) years.push(year);
  return years;
}

function describe(date: CalendarDate): string {
  return formatDate(date);
}

/** A date a bulk entry names that is not a session in the log, and the sessions it may have meant. */
export type UnplannedDate = {
  date: CalendarDate;
  status: SessionStatus;
  /** The log's sessions in the same week (else the nearest before and after): it may mean one of these. */
  planned: CalendarDate[];
};

/** The parent's answer about an unplanned date: "extra" (a session on a day not planned) or the planned date meant. */
export type UnplannedAnswers = Readonly<Record<CalendarDate, string>>;

export type BulkEntryOutcome = { ok: true; changed: LoggedSession[] } | { ok: false; questions: UnplannedDate[] };

/** The log's sessions that a date off the plan may have meant: the same Monday-to-Sunday week, else the nearest either side. */
function plannedNear(date: CalendarDate, log: readonly LoggedSession[]): CalendarDate[] {
  const day = toDayNumber(date);
  const monday = day - ((dayOfWeek(date) + 6) % 7);
  const sameWeek = log.filter((session) => toDayNumber(session.date) >= monday && toDayNumber(session.date) < monday + 7).map((session) => session.date);
  if (sameWeek.length > 0) return sameWeek;
  const before = log.filter((session) => compareDates(session.date, date) < 0).at(-1);
  const after = log.find((session) => compareDates(session.date, date) > 0);
  return [before?.date, after?.date].filter((found): found is CalendarDate => found !== undefined);
}

/**
 * What the log becomes: the sessions a bulk entry changes, each with its new status. A date named
 * one by one that is not a session in the log (not planned, not recorded) is never added on its
 * own: the parent is asked whether it was an extra session or which planned day it meant, and
 * until every such date has an answer nothing changes, so the delivery rate stays true. Spans only
 * change sessions already in the log.
 *
 * Example: "all held except 8 October" on a log of 6, 8 and 10 October gives 6 and 10 held and
 * 8 cancelled. "9 October cancelled" on that log asks about 9 October (Thursday), offering 6, 8 and
 * 10 October; with the answer { "2025-10-09": "2025-10-08" } it marks 8 October cancelled, and
 * with "extra" it adds a cancelled session on 9 October.
 */
export function applyBulkEntry(entry: BulkEntry, log: readonly LoggedSession[], answers: UnplannedAnswers = {}): BulkEntryOutcome {
  const inLog = new Set(log.map((session) => session.date));
  const questions = new Map<CalendarDate, UnplannedDate>();
  const changed = new Map<CalendarDate, LoggedSession>();
  if (entry.rest) for (const session of log) changed.set(session.date, { date: session.date, ...entry.rest });
  for (const mark of entry.marks) {
    const state = { status: mark.status, cancelReason: mark.cancelReason };
    for (const named of mark.dates) {
      let date = named;
      if (!inLog.has(named)) {
        const planned = plannedNear(named, log);
        const answer = answers[named];
        if (answer === "extra") date = named;
        else if (answer !== undefined && planned.includes(answer)) date = answer;
        else {
          questions.set(named, { date: named, status: mark.status, planned });
          continue;
        }
      }
      changed.set(date, { date, ...state });
    }
    for (const span of mark.spans)
      for (const session of log)
        if (compareDates(session.date, span.from) >= 0 && compareDates(session.date, span.to) <= 0) changed.set(session.date, { date: session.date, ...state });
  }
  if (questions.size > 0) return { ok: false, questions: [...questions.values()].sort((a, b) => compareDates(a.date, b.date)) };
  return { ok: true, changed: [...changed.values()].sort((a, b) => compareDates(a.date, b.date)) };
}
