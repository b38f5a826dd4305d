import { describe, expect, it } from "vitest";
import { applyBulkEntry, parseBulkEntry, type BulkEntry } from "./parse-bulk-entry";
import type { LoggedSession } from "./session-status";

const AUTUMN = { from: "2025-09-01", to: "2025-12-19" };

function read(text: string, within = AUTUMN): BulkEntry {
  const result = parseBulkEntry(text, within);
  if (!result.ok) throw new Error(`Expected "${text}" to be read, got: ${result.error}`);
  return result.entry;
}

function errorOf(text: string, within = AUTUMN): string {
  const result = parseBulkEntry(text, within);
  if (result.ok) throw new Error(`Expected "${text}" to be refused`);
  return result.error;
}

const log = (dates: string[]): LoggedSession[] => dates.map((date) => ({ date, status: "unknown", cancelReason: null }));

describe("parseBulkEntry", () => {
  it("reads 'all held'", () => {
    expect(read("all held")).toEqual({ rest: { status: "held", cancelReason: null }, marks: [] });
    expect(read("All sessions were held.").rest?.status).toBe("held");
  });

  it("reads 'all held except 3 and 17 October' as those two cancelled", () => {
    expect(read("all held except 3 and 17 October")).toEqual({
      rest: { status: "held", cancelReason: null },
      marks: [{ dates: ["2025-10-03", "2025-10-17"], spans: [], status: "cancelled", cancelReason: null }],
    });
  });

  it("reads a list with one month and a reason after a dash", () => {
    expect(read("3, 10 and 17 October cancelled — staff absence").marks).toEqual([
      { dates: ["2025-10-03", "2025-10-10", "2025-10-17"], spans: [], status: "cancelled", cancelReason: "staff_absence" },
    ]);
  });

  it("reads short months, ordinals, day/month and ISO dates", () => {
    expect(read("3 Oct held").marks[0]!.dates).toEqual(["2025-10-03"]);
    expect(read("3rd October held").marks[0]!.dates).toEqual(["2025-10-03"]);
    expect(read("3/10 held").marks[0]!.dates).toEqual(["2025-10-03"]);
    expect(read("3/10/2025 held").marks[0]!.dates).toEqual(["2025-10-03"]);
    expect(read("2025-10-03 held").marks[0]!.dates).toEqual(["2025-10-03"]);
    expect(read("October 3rd held").marks[0]!.dates).toEqual(["2025-10-03"]);
  });

  it("reads spans with a dash, an en dash or 'to'", () => {
    for (const text of ["3–7 October cancelled", "3-7 October cancelled", "3 to 7 Oct cancelled", "3 Oct - 7 Oct cancelled"]) {
      expect(read(text).marks[0]!.spans, text).toEqual([{ from: "2025-10-03", to: "2025-10-07" }]);
    }
  });

  it("reads reasons in everyday words", () => {
    expect(read("3 Oct cancelled because of a school trip").marks[0]!.cancelReason).toBe("trip");
    expect(read("3 Oct missed, child off sick").marks[0]!.cancelReason).toBe("child_absent");
    expect(read("3 Oct cancelled, TA was off").marks[0]!.cancelReason).toBe("staff_absence");
    expect(read("3 Oct cancelled").marks[0]!.cancelReason).toBeNull();
  });

  it("does not take a number in the reason for a date", () => {
    expect(read("3 October cancelled — year 6 trip").marks[0]!.dates).toEqual(["2025-10-03"]);
  });

  it("reads several lines, each its own instruction", () => {
    const entry = read("all held\n3 Oct cancelled - trip; 10 Oct not known");
    expect(entry.rest?.status).toBe("held");
    expect(entry.marks.map((m) => [m.dates, m.status])).toEqual([
      [["2025-10-03"], "cancelled"],
      [["2025-10-10"], "unknown"],
    ]);
  });

  it("picks the year that falls within the support's dates", () => {
    const schoolYear = { from: "2025-09-01", to: "2026-07-17" };
    expect(read("12 January held", schoolYear).marks[0]!.dates).toEqual(["2026-01-12"]);
    expect(read("12 November held", schoolYear).marks[0]!.dates).toEqual(["2025-11-12"]);
  });

  it("says when it cannot tell held from cancelled", () => {
    expect(errorOf("3 and 17 October")).toMatch(/held or cancelled/);
  });

  it("says when there are no dates", () => {
    expect(errorOf("cancelled")).toMatch(/could not find any dates/);
    expect(errorOf("all held except")).toMatch(/dates after "except"/);
  });

  it("asks for the month when none is given", () => {
    expect(errorOf("3 and 17 cancelled")).toMatch(/which month/);
  });

  it("refuses dates that do not exist or fall outside the support", () => {
    expect(errorOf("31 September cancelled")).toMatch(/not a real date/);
    expect(errorOf("3 March 2025 cancelled")).toMatch(/outside the dates of this support/);
    expect(errorOf("7–3 October cancelled")).toMatch(/wrong way round/);
  });

  it("refuses an empty entry", () => {
    expect(errorOf("  ")).toMatch(/Write what the school's records say/);
  });
});

/** The changed sessions, when the entry needs no question answered. */
function changedBy(entry: BulkEntry, sessions: LoggedSession[], answers = {}): LoggedSession[] {
  const outcome = applyBulkEntry(entry, sessions, answers);
  if (!outcome.ok) throw new Error(`Expected no questions, got ${JSON.stringify(outcome.questions)}`);
  return outcome.changed;
}

describe("applyBulkEntry", () => {
  it("marks every session held except the dates named", () => {
    const changed = changedBy(read("all held except 8 October"), log(["2025-10-06", "2025-10-08", "2025-10-10"]));
    expect(changed.map((s) => `${s.date} ${s.status}`)).toEqual(["2025-10-06 held", "2025-10-08 cancelled", "2025-10-10 held"]);
  });

  it("changes only the sessions in the log within a span", () => {
    const changed = changedBy(read("6–9 October cancelled - trip"), log(["2025-10-06", "2025-10-08", "2025-10-10"]));
    expect(changed).toEqual([
      { date: "2025-10-06", status: "cancelled", cancelReason: "trip" },
      { date: "2025-10-08", status: "cancelled", cancelReason: "trip" },
    ]);
  });

  it("never adds a session on a day that is not planned without asking, and changes nothing until answered", () => {
    // Sessions on Monday, Wednesday and Friday; the school's note says Thursday 9 October.
    const planned = log(["2025-10-06", "2025-10-08", "2025-10-10"]);
    expect(applyBulkEntry(read("all held except 9 October"), planned)).toEqual({
      ok: false,
      questions: [{ date: "2025-10-09", status: "cancelled", planned: ["2025-10-06", "2025-10-08", "2025-10-10"] }],
    });
  });

  it("marks the planned day the parent says a date meant", () => {
    const planned = log(["2025-10-06", "2025-10-08", "2025-10-10"]);
    const changed = changedBy(read("all held except 9 October"), planned, { "2025-10-09": "2025-10-08" });
    expect(changed.map((s) => `${s.date} ${s.status}`)).toEqual(["2025-10-06 held", "2025-10-08 cancelled", "2025-10-10 held"]);
  });

  it("adds an extra session only when the parent says it was one", () => {
    expect(changedBy(read("7 October held"), log(["2025-10-06"]), { "2025-10-07": "extra" })).toEqual([{ date: "2025-10-07", status: "held", cancelReason: null }]);
  });

  it("asks again when the answer is not one of the planned days offered", () => {
    const outcome = applyBulkEntry(read("7 October held"), log(["2025-10-06"]), { "2025-10-07": "2025-10-20" });
    expect(outcome.ok).toBe(false);
  });

  it("offers the nearest planned sessions either side when none is in the same week", () => {
    const outcome = applyBulkEntry(read("15 October held"), log(["2025-10-06", "2025-10-20"]));
    expect(outcome).toMatchObject({ ok: false, questions: [{ date: "2025-10-15", planned: ["2025-10-06", "2025-10-20"] }] });
  });

  it("needs no answer for a date already recorded as an extra session", () => {
    const sessions = [...log(["2025-10-06"]), { date: "2025-10-07", status: "held" as const, cancelReason: null }];
    expect(changedBy(read("7 October cancelled"), sessions)).toEqual([{ date: "2025-10-07", status: "cancelled", cancelReason: null }]);
  });
});
