import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterTimeline, isTimelineFiltered, NO_TIMELINE_FILTER } from "./filter-timeline";
import { groupTimeline } from "./group-timeline";
import { sortTimeline } from "./sort-timeline";
import { TIMELINE_TYPES, type TimelineEntry, type TimelineType } from "./timeline-entry";

function entry(key: string, date: string, type: TimelineType = "diary", areas: TimelineEntry["areas"] = []): TimelineEntry {
  return { key, date, type, title: key, detail: null, areas, record: { kind: "diary_entry", id: key } };
}

const entries = [
  entry("meeting-jan", "2026-01-10", "meeting"),
  entry("diary-feb", "2026-02-03", "diary", ["semh"]),
  entry("report-feb", "2026-02-20", "report", ["communication_interaction", "semh"]),
  entry("diary-2025", "2025-12-31", "diary", ["cognition_learning"]),
];

describe("filterTimeline", () => {
  it("keeps everything when nothing is chosen", () => {
    expect(filterTimeline(entries, NO_TIMELINE_FILTER)).toEqual(entries);
    expect(isTimelineFiltered(NO_TIMELINE_FILTER)).toBe(false);
  });

  it("keeps only the chosen types", () => {
    const kept = filterTimeline(entries, { ...NO_TIMELINE_FILTER, types: ["meeting", "report"] });
    expect(kept.map((e) => e.key)).toEqual(["meeting-jan", "report-feb"]);
  });

  it("keeps only the school day's records when that type is chosen", () => {
    const withSchoolDay = [...entries, entry("sent-home", "2026-02-04", "school_day")];
    expect(filterTimeline(withSchoolDay, { ...NO_TIMELINE_FILTER, types: ["school_day"] }).map((e) => e.key)).toEqual(["sent-home"]);
  });

  it("keeps only entries known to be about the area", () => {
    const kept = filterTimeline(entries, { ...NO_TIMELINE_FILTER, area: "semh" });
    expect(kept.map((e) => e.key)).toEqual(["diary-feb", "report-feb"]);
  });

  it("keeps both ends of the date range", () => {
    const kept = filterTimeline(entries, { ...NO_TIMELINE_FILTER, from: "2026-01-10", to: "2026-02-20" });
    expect(kept.map((e) => e.key)).toEqual(["meeting-jan", "diary-feb", "report-feb"]);
  });

  it("takes a range open at one end", () => {
    expect(filterTimeline(entries, { ...NO_TIMELINE_FILTER, to: "2025-12-31" }).map((e) => e.key)).toEqual(["diary-2025"]);
    expect(filterTimeline(entries, { ...NO_TIMELINE_FILTER, from: "2026-02-04" }).map((e) => e.key)).toEqual(["report-feb"]);
  });

  it("combines the choices", () => {
    const filter = { types: ["diary"] as TimelineType[], area: "semh" as const, from: "2026-01-01", to: null };
    expect(filterTimeline(entries, filter).map((e) => e.key)).toEqual(["diary-feb"]);
    expect(isTimelineFiltered(filter)).toBe(true);
  });

  it("keeps nothing for a range that ends before it starts", () => {
    expect(filterTimeline(entries, { ...NO_TIMELINE_FILTER, from: "2026-03-01", to: "2026-01-01" })).toEqual([]);
  });

  it("never adds an entry, and keeps the order", () => {
    const anyEntry = fc.record({
      key: fc.uuid(),
      date: fc.constantFrom("2025-01-01", "2025-06-30", "2026-01-01"),
      type: fc.constantFrom(...TIMELINE_TYPES),
      areas: fc.uniqueArray(fc.constantFrom("communication_interaction" as const, "semh" as const)),
    });
    fc.assert(
      fc.property(fc.array(anyEntry), fc.uniqueArray(fc.constantFrom(...TIMELINE_TYPES)), fc.constantFrom(null, "semh" as const), (raw, types, area) => {
        const all = raw.map((r) => entry(r.key, r.date, r.type, r.areas));
        const kept = filterTimeline(all, { types, area, from: "2025-03-01", to: null });
        expect(kept.every((e) => all.includes(e))).toBe(true);
        expect(kept.map((e) => all.indexOf(e))).toEqual([...kept.map((e) => all.indexOf(e))].sort((a, b) => a - b));
      }),
    );
  });
});

describe("sortTimeline", () => {
  const sameDay = [entry("b", "2026-01-10", "diary"), entry("a", "2026-01-10", "meeting"), entry("c", "2025-01-01", "report")];

  it("puts the newest first, keeping a day's entries in type order", () => {
    expect(sortTimeline(sameDay, "newest").map((e) => e.key)).toEqual(["a", "b", "c"]);
  });

  it("puts the oldest first", () => {
    expect(sortTimeline(sameDay, "oldest").map((e) => e.key)).toEqual(["c", "a", "b"]);
  });

  it("does not change the list it is given", () => {
    const copy = [...sameDay];
    sortTimeline(sameDay, "oldest");
    expect(sameDay).toEqual(copy);
  });
});

describe("groupTimeline", () => {
  it("puts each month's entries under its name", () => {
    const groups = groupTimeline(sortTimeline(entries, "newest"), "month");
    expect(groups.map((g) => [g.key, g.label, g.entries.map((e) => e.key)])).toEqual([
      ["2026-02", "February 2026", ["report-feb", "diary-feb"]],
      ["2026-01", "January 2026", ["meeting-jan"]],
      ["2025-12", "December 2025", ["diary-2025"]],
    ]);
  });

  it("puts each year's entries under the year", () => {
    const groups = groupTimeline(sortTimeline(entries, "oldest"), "year");
    expect(groups.map((g) => [g.label, g.entries.length])).toEqual([
      ["2025", 1],
      ["2026", 3],
    ]);
  });

  it("gives no groups for no entries", () => {
    expect(groupTimeline([], "month")).toEqual([]);
  });

  it("keeps every entry once, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })), (dates) => {
        const sorted = sortTimeline(dates.map((d, i) => entry(String(i), d.toISOString().slice(0, 10))), "oldest");
        for (const by of ["month", "year"] as const) {
          const groups = groupTimeline(sorted, by);
          expect(groups.flatMap((g) => g.entries)).toEqual(sorted);
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        }
      }),
    );
  });
});
