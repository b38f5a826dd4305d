import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";
import { findLetterTemplate } from "../letters/registry";
import { buildRecordView, buildSchoolDayOverview, describeHeadline, suggestSchoolDayLetters } from "./overview";

type RecordInput = NonNullable<CaseDocumentInput["schoolDay"]>[number];

const TERMS: CaseDocumentInput["schoolTerms"] = [
  { id: "t1", kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" },
  { id: "t2", kind: "term", label: "Spring term 2027", start: "2027-01-04", end: "2027-03-25" },
  { id: "c1", kind: "closure", label: "Half-term", start: "2026-10-26", end: "2026-10-30" },
];

// A term as the issue describes it: sent home one afternoon, a part-time timetable of 6 sessions a
// week, and a 3-day suspension with no written notice recorded.
const TERM_OF_EVENTS: RecordInput[] = [
  { id: "informal", kind: "informal_exclusion", date: "2026-11-10", firstSession: "afternoon", schoolSaid: "He needs to calm down at home." },
  { id: "ptt", kind: "part_time_timetable", date: "2026-11-02", sessionsPerWeek: 6, reviewDate: "2026-11-20", agreedBy: "The head" },
  { id: "suspension", kind: "suspension", date: "2026-11-16", endDate: "2026-11-18", sessions: 6 },
];

function caseWith(records: RecordInput[], schoolTerms = TERMS) {
  return buildCaseDocument({ schoolDay: records, schoolTerms });
}

describe("buildSchoolDayOverview", () => {
  const overview = buildSchoolDayOverview({ caseDocument: caseWith(TERM_OF_EVENTS), today: "2026-11-20" });

  it("leads with the records this term and the school days lost", () => {
    // 1 session sent home + 6 suspended + part-time 4 sessions a week short over 15 school days (12).
    expect(overview.headline).toBe("3 records in Autumn term 2026; 9.5 school days lost.");
    expect(overview.isEstimate).toBe(false);
  });

  it("counts this term by cause, each figure with the records behind it", () => {
    const byCategory = Object.fromEntries(overview.term.figures.map((figure) => [figure.category, figure]));
    expect(byCategory.formal).toMatchObject({ key: "term-formal", sessions: 6, schoolDays: 3, eventIds: ["suspension"] });
    expect(byCategory.informal).toMatchObject({ sessions: 1, schoolDays: 0.5, eventIds: ["informal"] });
    expect(byCategory.part_time).toMatchObject({ sessions: 12, schoolDays: 6, eventIds: ["ptt"] });
    expect(byCategory.health).toMatchObject({ sessions: 0, eventIds: [] });
    expect(overview.term.total.sessions).toBe(19);
  });

  it("counts the school year as well, labelled with both years", () => {
    expect(overview.year.label).toBe("School year 2026 to 2027");
    expect(overview.year.total.schoolDays).toBe(9.5);
  });

  it("lists the dates soonest first: the notice (a deadline, passed, not recorded as received) and the timetable's review today", () => {
    expect(overview.dates.map((date) => [date.id, date.date, date.state, date.isAimFor])).toEqual([
      ["D-EXCL-NOTICE", "2026-11-16", "passed", false],
      ["D-PTT-REVIEW", "2026-11-20", "today", false],
    ]);
    expect(overview.dates[0]).toMatchObject({ ruleId: "R-DAY-EXCL-NOTICE", ruleStatus: "partly_verified", recordIds: ["suspension"] });
    expect(overview.dates[1]!.ruleStatusText).toBe("Not yet checked against the law's own text.");
  });

  it("gives the legal position for the kinds present, each rule with its title, our summary and status", () => {
    expect(overview.legalPosition.map((topic) => topic.topic)).toEqual(["informal", "suspension", "part_time"]);
    const informal = overview.legalPosition[0]!.rules[0]!;
    expect(informal).toMatchObject({ id: "R-DAY-EXCL-INFORMAL", status: "Not yet checked against the law's own text." });
    expect(informal.summary).toMatch(/unless it is a formal exclusion/);
  });

  it("shows no 45-day check until there is a suspension, then the school days used this school year", () => {
    expect(overview.suspensionCap).toMatchObject({ schoolYear: 2026, schoolDays: 3, cap: 45, isOverCap: false, recordIds: ["suspension"] });
    expect(buildSchoolDayOverview({ caseDocument: caseWith([TERM_OF_EVENTS[0]!]), today: "2026-11-20" }).suspensionCap).toBeNull();
  });

  it("lists the records newest first, and only a figure's records when one is asked for", () => {
    expect(overview.records.map((record) => record.id)).toEqual(["suspension", "informal", "ptt"]);
    expect(overview.records[0]).toMatchObject({ title: "Suspension: 3 school days" });
    const narrowed = buildSchoolDayOverview({ caseDocument: caseWith(TERM_OF_EVENTS), today: "2026-11-20", show: "term-informal" });
    expect(narrowed.records.map((record) => record.id)).toEqual(["informal"]);
    expect(narrowed.shown).toMatchObject({ figure: { key: "term-informal" }, period: "Autumn term 2026" });
    const unknown = buildSchoolDayOverview({ caseDocument: caseWith(TERM_OF_EVENTS), today: "2026-11-20", show: "term-nonsense" });
    expect(unknown.records).toHaveLength(3);
    expect(unknown.shown).toBeNull();
  });

  it("says the figures are an estimate when the school's term dates are not recorded", () => {
    const estimated = buildSchoolDayOverview({ caseDocument: caseWith(TERM_OF_EVENTS, []), today: "2026-11-20" });
    expect(estimated.isEstimate).toBe(true);
    expect(estimated.headline).toMatch(/\(an estimate\)\.$/);
    expect(estimated.dates.find((date) => date.id === "D-EXCL-NOTICE")!.isEstimate).toBe(true);
  });

  it("says nothing is recorded yet for an empty case, with nothing lost and no rules", () => {
    const empty = buildSchoolDayOverview({ caseDocument: caseWith([]), today: "2026-11-20" });
    expect(empty).toMatchObject({ hasRecords: false, headline: "Nothing is recorded about the school day yet.", dates: [], legalPosition: [], letters: [], records: [] });
    expect(empty.term.total.sessions).toBe(0);
  });

  it("shows the governors' and review panel's dates as dates to aim for, at the earlier target, never as missed", () => {
    const permanent = buildSchoolDayOverview({
      caseDocument: caseWith([
        { id: "p", kind: "permanent_exclusion", date: "2026-12-02", boardToldOn: "2026-12-01", decisionToldOn: "2027-01-05" },
      ]),
      today: "2027-03-01",
    });
    const byId = Object.fromEntries(permanent.dates.map((date) => [date.id, date]));
    expect(byId["D-GOV-15"]).toMatchObject({ isAimFor: true, openQuestion: 1, ruleStatus: "unverified" });
    // Reference worked example 2: 15 school days from the board being told on 1 Dec is 5 Jan 2027;
    // counting 1 Dec itself as day 1 gives the earlier target, 4 Jan 2027.
    expect(byId["D-GOV-15"]!.date).toBe("2027-01-04");
    expect(byId["D-IRP-APPLY"]).toMatchObject({ isAimFor: true, note: expect.stringMatching(/late request may be refused/) });
    // The 6th day is a deadline (verified): from Wed 9 Dec 2026.
    expect(byId["D-EXCL-6TH"]).toMatchObject({ isAimFor: false, date: "2026-12-09", state: "passed" });
  });

  it("counts the 6th day as met once education was arranged by then, and the notice once it arrived", () => {
    const met = buildSchoolDayOverview({
      caseDocument: caseWith([{ id: "p", kind: "permanent_exclusion", date: "2026-12-02", noticeReceivedOn: "2026-12-02", educationArrangedFrom: "2026-12-09" }]),
      today: "2027-01-10",
    });
    expect(met.dates.map((date) => [date.id, date.state])).toEqual([
      ["D-EXCL-NOTICE", "met"],
      ["D-EXCL-6TH", "met"],
    ]);
  });
});

describe("buildRecordView", () => {
  it("gives a record its own dates, its share of the education lost and the rules for its kind", () => {
    const document = caseWith(TERM_OF_EVENTS);
    const view = buildRecordView({ caseDocument: document, record: document.schoolDay.find((record) => record.id === "suspension")!, today: "2026-11-20" });
    expect(view.record).toMatchObject({ id: "suspension", title: "Suspension: 3 school days" });
    expect(view.lost).toEqual([{ termLabel: "Autumn term 2026", category: "formal", sessions: 6, schoolDays: 3 }]);
    expect(view.dates.map((date) => date.id)).toEqual(["D-EXCL-NOTICE"]);
    expect(view.legalPosition.map((topic) => topic.topic)).toEqual(["suspension"]);
    // The letters open at this suspension.
    expect(view.letters.length).toBeGreaterThan(0);
    for (const letter of view.letters) expect(letter.preset).toEqual({ name: "exclusionId", value: "suspension" });
  });

  it("gives a restraint record no education lost", () => {
    const document = caseWith([{ id: "r", kind: "restraint", date: "2026-11-12", restraintType: "seclusion" }]);
    const view = buildRecordView({ caseDocument: document, record: document.schoolDay[0]!, today: "2026-11-20" });
    expect(view.lost).toEqual([]);
    expect(view.record.title).toBe("Restraint or seclusion");
    expect(view.legalPosition[0]!.rules.map((rule) => rule.id)).toEqual(["R-DAY-RESTRAINT-DUTY", "R-DAY-RESTRAINT-REPORT"]);
  });
});

describe("describeHeadline", () => {
  it("says half a day in words, and no days when nothing was lost", () => {
    const common = { recordCount: 1, termLabel: "Spring term 2027", hasRecords: true, isEstimate: false };
    expect(describeHeadline({ ...common, lost: { sessions: 1, schoolDays: 0.5, eventIds: ["a"] } })).toBe("1 record in Spring term 2027; half a school day lost.");
    expect(describeHeadline({ ...common, lost: { sessions: 0, schoolDays: 0, eventIds: [] } })).toBe("1 record in Spring term 2027; no school days lost.");
  });
});

describe("suggestSchoolDayLetters", () => {
  it("suggests each letter once, and only letters Clearpath can write", () => {
    const letters = suggestSchoolDayLetters(["suspension", "permanent_exclusion", "suspension", "informal_exclusion"]);
    expect(new Set(letters.map((letter) => letter.kind)).size).toBe(letters.length);
    for (const letter of letters) expect(findLetterTemplate(letter.kind)?.label).toBe(letter.label);
  });

  it("suggests the letters of decision 3 for the kinds present, in order", () => {
    expect(suggestSchoolDayLetters(["informal_exclusion", "part_time_timetable", "restraint"]).map((letter) => letter.kind)).toEqual([
      "informal_exclusion_concern",
      "part_time_timetable_review",
      "restraint_record_request",
    ]);
  });

  it("suggests nothing for records no letter is about", () => {
    expect(suggestSchoolDayLetters(["internal_exclusion", "school_avoidance_note"])).toEqual([]);
  });
});
