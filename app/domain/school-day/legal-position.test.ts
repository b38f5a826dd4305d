import { describe, expect, it } from "vitest";
import { SCHOOL_DAY_KINDS } from "../codes/school-day";
import { LAW_AS_AT } from "../law/catalogue";
import { findRule, hasRule } from "../law/get-rule";
import { LEGAL_TOPICS, listLegalPosition } from "./legal-position";

describe("listLegalPosition", () => {
  it("states nothing when there are no records", () => {
    expect(listLegalPosition([])).toEqual([]);
  });

  it("says an informal exclusion is unlawful (R-DAY-EXCL-INFORMAL)", () => {
    expect(listLegalPosition(["informal_exclusion"])).toEqual([
      { topic: "informal", heading: "Being sent home without a formal exclusion", kinds: ["informal_exclusion"], ruleIds: ["R-DAY-EXCL-INFORMAL"] },
    ]);
  });

  it("gives a suspension the notice, the 6th day, the governors and the 45-day cap", () => {
    expect(listLegalPosition(["suspension"])[0]!.ruleIds).toEqual([
      "R-DAY-EXCL-NOTICE",
      "R-DAY-EXCL-6TH-DAY",
      "R-DAY-EXCL-GOV-DUTY",
      "R-DAY-EXCL-GOV-TIME",
      "R-DAY-EXCL-45",
    ]);
  });

  it("gives a permanent exclusion the review panel and the SEN expert as well, but not the cap on suspensions", () => {
    const [permanent] = listLegalPosition(["permanent_exclusion"]);
    expect(permanent!.ruleIds).toContain("R-DAY-EXCL-IRP");
    expect(permanent!.ruleIds).toContain("R-DAY-EXCL-SEN-EXPERT");
    expect(permanent!.ruleIds).toContain("R-DAY-EXCL-6TH-DAY");
    expect(permanent!.ruleIds).not.toContain("R-DAY-EXCL-45");
  });

  it("gives a part-time timetable its conditions and its register code", () => {
    expect(listLegalPosition(["part_time_timetable"])[0]!.ruleIds).toEqual(["R-DAY-PTT", "R-DAY-PTT-CODE"]);
  });

  it("gives restraint the duty to record and to report", () => {
    expect(listLegalPosition(["restraint"])[0]!.ruleIds).toEqual(["R-DAY-RESTRAINT-DUTY", "R-DAY-RESTRAINT-REPORT"]);
  });

  it("puts absences and penalty notices in one attendance topic, each rule once", () => {
    const topics = listLegalPosition(["absence", "penalty_notice", "attendance_letter", "absence"]);
    expect(topics).toHaveLength(1);
    expect(topics[0]!.kinds).toEqual(["absence", "penalty_notice", "attendance_letter"]);
    expect(topics[0]!.ruleIds).toEqual(["R-DAY-ATT-SEND", "R-DAY-PENALTY", "R-DAY-HEALTH-15", "R-DAY-S19"]);
  });

  it("keeps the topics in a fixed order whatever order the records came in", () => {
    const topics = listLegalPosition(["restraint", "part_time_timetable", "suspension", "informal_exclusion"]);
    expect(topics.map((topic) => topic.topic)).toEqual(["informal", "suspension", "part_time", "restraint"]);
  });

  it("brings in no rule for time out of class inside school, where the pupil is still in school", () => {
    expect(listLegalPosition(["internal_exclusion"])).toEqual([]);
  });

  it("cites only rules the law catalogue holds, each in force on the date the catalogue states the law", () => {
    const every = listLegalPosition(SCHOOL_DAY_KINDS);
    expect(every.map((topic) => topic.topic)).toEqual([...LEGAL_TOPICS]);
    for (const id of every.flatMap((topic) => topic.ruleIds)) {
      expect(hasRule(id), id).toBe(true);
      expect(findRule(id, LAW_AS_AT), id).toBeDefined();
    }
  });
});
