// Reads the rows of a spreadsheet of session dates (date, and optionally status and reason), as
// a school might send them, into sessions for the log, with a clear message for each bad line.

import { compareDates, isCalendarDate, makeDate, type CalendarDate } from "../calendar/calendar-date";
import type { DateSpan } from "./parse-bulk-entry";
import { CANCEL_REASON_LABELS, type CancelReason, type LoggedSession, type SessionStatus } from "./session-status";

/** More rows than this is not one line of support: likely the wrong file. */
export const MAX_SESSION_ROWS = 2000;

export type SessionRowsResult = {
  sessions: LoggedSession[];
  /** One message per line that could not be read; line numbers count from 1, as a spreadsheet does. */
  errors: Array<{ line: number; message: string }>;
};

const STATUS_WORDS: Record<string, SessionStatus> = {
  held: "held", yes: "held", y: "held", happened: "held", delivered: "held", attended: "held",
  cancelled: "cancelled", canceled: "cancelled", no: "cancelled", n: "cancelled", missed: "cancelled", "not held": "cancelled",
  unknown: "unknown", "not known": "unknown", "?": "unknown",
};

const REASON_WORDS: Record<string, CancelReason> = {
  staff_absence: "staff_absence", "staff absence": "staff_absence", "staff absent": "staff_absence", staff: "staff_absence",
  trip: "trip", "trip or event": "trip", event: "trip",
  child_absent: "child_absent", "child absent": "child_absent", absent: "child_absent", "child ill": "child_absent",
  other: "other",
};

const DATE_HINT = "Write dates as 03/10/2025 or 2025-10-03";

/**
 * Reads rows already split into cells. A first row whose first cell is not a date is taken as
 * headings and skipped. A row with only a date means the session was held. Dates outside
 * `within` (the provision's dates) are refused.
 *
 * Example: [["date", "status"], ["03/10/2025", "cancelled", "trip"]] gives 3 October 2025
 * cancelled because of a trip.
 */
export function readSessionRows(rows: readonly string[][], within: DateSpan): SessionRowsResult {
  const sessions = new Map<CalendarDate, LoggedSession>();
  const errors: SessionRowsResult["errors"] = [];
  if (rows.length > MAX_SESSION_ROWS + 1) {
    return { sessions: [], errors: [{ line: MAX_SESSION_ROWS + 2, message: `The file has more than ${MAX_SESSION_ROWS} rows. Send the sessions of one line of support at a time.` }] };
  }
  rows.forEach((cells, index) => {
    const line = index + 1;
    const [rawDate = "", rawStatus = "", rawReason = ""] = cells.map((cell) => cell.trim());
    if (cells.every((cell) => cell.trim() === "")) return;
    const date = readDate(rawDate);
    if (index === 0 && !date && !/\d/.test(rawDate)) return;
    if (!date) return void errors.push({ line, message: `"${rawDate}" is not a date we can read. ${DATE_HINT}.` });
    if (compareDates(date, within.from) < 0 || compareDates(date, within.to) > 0)
      return void errors.push({ line, message: `${rawDate} is outside the dates of this support.` });
    const status = rawStatus === "" ? "held" : STATUS_WORDS[rawStatus.toLowerCase()];
    if (!status) return void errors.push({ line, message: `"${rawStatus}" is not a status we know. Write held, cancelled or unknown.` });
    let cancelReason: CancelReason | null = null;
    if (rawReason !== "") {
      const reason = REASON_WORDS[rawReason.toLowerCase().replace(/\s+/g, " ")];
      if (!reason) {
        const known = Object.values(CANCEL_REASON_LABELS).map((label) => label.toLowerCase()).join(", ");
        return void errors.push({ line, message: `"${rawReason}" is not a reason we know. Write one of: ${known}.` });
      }
      if (status === "cancelled") cancelReason = reason;
    }
    sessions.set(date, { date, status, cancelReason });
  });
  return { sessions: [...sessions.values()].sort((a, b) => compareDates(a.date, b.date)), errors };
}

// UK order (day first) or ISO; a two-digit year is this century.
function readDate(text: string): CalendarDate | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3]!.length === 2 ? `20${uk[3]}` : uk[3], uk[2], uk[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = makeDate(year, month, day);
  return isCalendarDate(date) ? date : null;
}
