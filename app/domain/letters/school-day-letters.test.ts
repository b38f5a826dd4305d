import { describe, expect, it } from "vitest";
import { readSchoolDay } from "../school-day/from-case";
import { cite, findCitedRules } from "./case-facts";
import type { LetterOptionField, LetterOptionValues } from "./letter-template";
import { audienceOf, describeRecipientHints, suggestRecipient } from "./recipient";
import { buildLetter, findLetterTemplate } from "./registry";
import { describeSessionCount } from "../school-day/describe-record";
import { ESTIMATE_NOTE } from "./school-day-facts";
import { excluded, robin, SCHOOL_DAY_TODAY as TODAY } from "./school-day-letters.fixture";
import { OTHER_MATTER } from "./statutory-facts";

const template = (kind: string) => findLetterTemplate(kind)!;
const fields = (kind: string, document = robin(), today = TODAY) =>
  template(kind).options(document, today);
const field = (kind: string, name: string, document = robin(), today = TODAY) =>
  fields(kind, document, today).find((entry) => entry.name === name);

/** What a parent sends by leaving every question as it is, with `answers` on top. */
function defaults(
  kind: string,
  document: ReturnType<typeof robin>,
  answers: LetterOptionValues,
  today = TODAY,
): LetterOptionValues {
  const values: Record<string, string | readonly string[] | null> = {};
  for (const entry of template(kind).options(document, today) as LetterOptionField[]) {
    if (entry.kind === "choice") values[entry.name] = entry.defaultValue;
    if (entry.kind === "checkboxes") values[entry.name] = entry.defaultValue;
    if (entry.kind === "text") values[entry.name] = entry.required ? "It was a hard week." : null;
  }
  return { ...values, ...answers };
}

function write(kind: string, answers: LetterOptionValues = {}, document = robin(), today = TODAY) {
  return buildLetter(kind, document, defaults(kind, document, answers, today), today);
}

const SCHOOL_DAY_KINDS = [
  "informal_exclusion_concern",
  "exclusion_notice_request",
  "governors_representations",
  "review_panel_request",
  "sixth_day_education_request",
  "section_19_request",
  "part_time_timetable_review",
  "restraint_record_request",
  "attendance_support_request",
];

describe("every school-day letter, written from a term of records", () => {
  for (const kind of SCHOOL_DAY_KINDS) {
    for (const [name, document, today] of [
      ["the term of records", robin(), TODAY],
      ["a permanent exclusion", excluded(), "2027-01-07"],
    ] as const) {
      it(`${kind} (${name}) cites exactly the rules its text quotes, and states no length the reference has not checked`, () => {
        const draft = write(kind, { arrangedBy: "council" }, document, today);
        expect(findCitedRules(draft.body, today).sort()).toEqual([...draft.citations].sort());
        // D-GOV-15, D-GOV-50 and D-IRP-APPLY are "aim for" dates; the restraint report's "same day" and the penalty's payment days are not law in a letter.
        expect(draft.body).not.toMatch(
          /\b(15|50) school days\b|within 15|same day|21 days|28 days/,
        );
        expect(draft.body).not.toMatch(/undefined|null|NaN|\[object/);
        expect(draft.body.split("\n\n").at(-1)).toMatch(/^Thank you/);
      });
    }
  }
});

describe("informal_exclusion_concern", () => {
  it("goes to the head, by name from the child's contacts", () => {
    expect(template("informal_exclusion_concern").audience).toBe("head_teacher");
    expect(suggestRecipient("head_teacher", robin())).toEqual({
      name: "Mrs Ann Lowe",
      address: "The head teacher\nHill Top Primary",
    });
    expect(suggestRecipient("head_teacher", robin({ child: { name: "Sam" } }))).toEqual({
      name: null,
      address: "The head teacher",
    });
  });

  it("offers every time the child was sent home, all ticked, and lists them with the sessions, the register and the school's words", () => {
    expect(field("informal_exclusion_concern", "recordIds")).toMatchObject({
      kind: "checkboxes",
      defaultValue: ["ie2", "ie1"],
      choices: [
        { value: "ie2", label: "Sent home without a formal exclusion on 6 October 2026" },
        {
          value: "ie1",
          label: "Sent home without a formal exclusion on 15 September 2026 at 12:30",
        },
      ],
    });
    const draft = write("informal_exclusion_concern", { copies: ["chair", "council"] });
    expect(draft.subject).toBe("Robin Hale: sent home from school without a formal exclusion");
    expect(draft.body).toContain(
      "These are the times I have recorded:\n• 15 September 2026 at 12:30: 1 session (half a school day); the register shows O: other unauthorised absence. The school said: “He was too unsettled to stay”.\n• 6 October 2026: 2 sessions (1 school day). The school said: “Keep him at home tomorrow”.",
    );
    expect(draft.body).toContain(
      "In all, Robin has missed 3 sessions (1.5 school days) of school in this way, between 15 September 2026 and 6 October 2026.",
    );
    expect(draft.body).toContain("even if the parent agrees");
    expect(draft.body).toContain("check how the register recorded these days");
    expect(draft.body).toContain(
      "I am sending a copy of this letter to the chair of governors and the council's exclusions officer.",
    );
    expect(draft.body).toContain("within 14 days of the date of this letter (by 9 December 2026)");
    expect(draft.citations).toEqual(["R-DAY-EXCL-INFORMAL", "R-SCH-BEST-ENDEAVOURS", "R-EQ-ADJ"]);
    expect(draft.body).not.toContain(ESTIMATE_NOTE);
  });

  it("leaves out a time the parent unticked", () => {
    const draft = write("informal_exclusion_concern", { recordIds: ["ie2"] });
    expect(draft.body).not.toContain("15 September 2026");
    expect(draft.body).toContain(
      "In all, Robin has missed 2 sessions (1 school day) of school in this way.",
    );
  });

  it("says a multi-day count is an estimate when the school's term dates are not recorded", () => {
    const document = robin({
      schoolTerms: [],
      schoolDay: [
        { id: "ie3", kind: "informal_exclusion", date: "2026-11-05", endDate: "2026-11-10" },
      ],
    });
    const draft = write("informal_exclusion_concern", {}, document);
    expect(draft.body).toContain("8 sessions (4 school days)");
    expect(draft.body).toContain(ESTIMATE_NOTE);
    expect(field("informal_exclusion_concern", "recordIds", document)?.hint).toContain(
      "term dates are not recorded, so school days are estimated",
    );
    expect(field("informal_exclusion_concern", "recordIds")?.hint).not.toContain("estimated");
  });

  it("asks what happened when no time is recorded", () => {
    const document = robin({ schoolDay: [] });
    expect(fields("informal_exclusion_concern", document).map((entry) => entry.name)).toEqual([
      "details",
      "copies",
    ]);
    expect(field("informal_exclusion_concern", "details", document)).toMatchObject({
      required: true,
    });
    const draft = write(
      "informal_exclusion_concern",
      { details: "On 3 March I was phoned at 12:30 and asked to collect Robin." },
      document,
    );
    expect(draft.body).toContain("On 3 March I was phoned at 12:30");
    expect(draft.body).not.toContain("In all");
  });
});

describe("exclusion_notice_request", () => {
  it("asks the head for the notice of the suspension with none recorded, with the 6th school day worked out", () => {
    expect(field("exclusion_notice_request", "exclusionId")).toMatchObject({
      defaultValue: "s1",
      choices: [
        { value: "s1", label: "Suspension from 9 November 2026: 16 sessions (8 school days)" },
        { value: OTHER_MATTER },
      ],
    });
    const draft = write("exclusion_notice_request");
    expect(draft.subject).toBe("Robin Hale: the written notice of the suspension");
    expect(draft.body).toContain(
      "Robin was suspended from Monday 9 November 2026, for 16 sessions (8 school days). The school said: “Persistent disruption”.",
    );
    expect(draft.body).toContain("I have not had a written notice of the suspension.");
    expect(draft.body).toContain("by the end of the afternoon session on the first day");
    expect(draft.body).toContain("not in a public place during school hours");
    expect(draft.body).toContain(
      "By my count, the sixth school day in a row of exclusion was Monday 16 November 2026.",
    );
    expect(draft.body).toContain("within 5 days of the date of this letter (by 30 November 2026)");
    expect(draft.citations).toEqual(["R-DAY-EXCL-NOTICE", "R-DAY-EXCL-6TH-DAY"]);
  });

  it("still asks for the notice of an exclusion that is not recorded, without a date it cannot know", () => {
    const draft = write("exclusion_notice_request", {
      exclusionId: OTHER_MATTER,
      details: "I was phoned on Monday.",
    });
    expect(draft.body).toContain("Robin has been excluded from school.");
    expect(draft.body).toContain("I was phoned on Monday.");
    expect(draft.citations).toEqual(["R-DAY-EXCL-NOTICE"]);
  });
});

describe("governors_representations", () => {
  it("goes to the chair of governors, and says an academy's letter goes to the trust", () => {
    expect(suggestRecipient("governors", robin())).toEqual({
      name: "Mr Tom Reed",
      address: "The chair of governors\nHill Top Primary",
    });
    expect(describeRecipientHints("governors").address).toContain("academy trust");
  });

  it("asks the board to consider reinstatement when the term's suspensions are over 5 school days", () => {
    const draft = write("governors_representations", {
      views: "Robin's support was not in place that week.",
    });
    expect(draft.body).toContain(
      "With this suspension, Robin's suspensions in that term add up to 8 school days.",
    );
    expect(draft.body).toContain(
      "As that is more than 5 school days in the term, the governing board must consider whether Robin should be reinstated when the parent asks",
    );
    expect(draft.body).toContain("My views:\nRobin's support was not in place that week.");
    expect(draft.body).toContain("Robin has special educational needs and an EHC plan.");
    expect(draft.body).toContain("tell me the date, time and place of the meeting");
    expect(draft.citations).toEqual(["R-DAY-EXCL-GOV-DUTY"]);
  });

  it("asks only for the views to be put on file when the term's suspensions are 5 school days or fewer", () => {
    const document = robin({
      schoolDay: [{ id: "s2", kind: "suspension", date: "2026-11-09", sessions: 3 }],
    });
    const draft = write("governors_representations", {}, document);
    expect(draft.body).toContain("add up to 1.5 school days");
    expect(draft.body).toContain(
      "the governing board cannot reinstate Robin, but it must consider what I say",
    );
    expect(draft.body).toContain("put them on Robin's school record");
    expect(draft.body).not.toContain("date, time and place of the meeting");
  });

  it("counts only the suspensions in the same term up to this one", () => {
    const document = robin({
      schoolDay: [
        { id: "s3", kind: "suspension", date: "2026-09-14", sessions: 8 },
        { id: "s4", kind: "suspension", date: "2026-11-09", sessions: 4 },
        { id: "s5", kind: "suspension", date: "2027-01-11", sessions: 10 },
      ],
    });
    const draft = write("governors_representations", { exclusionId: "s4" }, document);
    expect(draft.body).toContain("add up to 6 school days");
    expect(draft.body).toContain("more than 5 school days in the term");
  });

  it("for a permanent exclusion, says the board must meet and what the decision must take into account, and asks for an online meeting", () => {
    const draft = write("governors_representations", { online: "yes" }, excluded(), "2026-12-03");
    expect(draft.subject).toBe("Robin Hale: my views for the governing board on the exclusion");
    expect(draft.body).toContain(
      "The governing board must meet to consider whether Robin should be reinstated",
    );
    expect(draft.body).toContain(
      "unlawful to exclude a pupil just because the school feels it cannot meet their needs",
    );
    expect(draft.body).toContain("I ask for the meeting to be held online");
    expect(draft.body).toContain(cite("R-DAY-EXCL-GOV-TIME", "2026-12-03"));
    expect(draft.citations).toEqual([
      "R-DAY-EXCL-GOV-DUTY",
      "R-DAY-EXCL-GROUNDS",
      "R-DAY-EXCL-GOV-TIME",
    ]);
  });
});

describe("review_panel_request", () => {
  it("makes the parent say who arranges the panel, never guessing, and suggests no address", () => {
    expect(field("review_panel_request", "arrangedBy", excluded())).toMatchObject({
      kind: "choice",
      defaultValue: "",
      choices: [{ value: "council" }, { value: "trust" }],
    });
    expect(template("review_panel_request").audience).toBe("council_or_trust");
    expect(suggestRecipient("council_or_trust", excluded())).toEqual({ name: null, address: null });
    expect(describeRecipientHints("council_or_trust").address).toContain(
      "governors' decision letter",
    );
  });

  it("asks the chosen body for a panel and an SEN expert, promptly, with no date stated as law", () => {
    const draft = write(
      "review_panel_request",
      {
        arrangedBy: "trust",
        grounds: "The school never put in place the support in Robin's plan.",
      },
      excluded(),
      "2027-01-07",
    );
    expect(draft.subject).toBe(
      "Robin Hale: request for an independent review panel and an SEN expert",
    );
    expect(draft.body).toContain("Robin was permanently excluded from Wednesday 2 December 2026.");
    expect(draft.body).toContain(
      "On 5 January 2027 I was told that the governing board had decided not to reinstate Robin.",
    );
    expect(draft.body).toContain("I ask the academy trust to arrange an independent review panel");
    expect(draft.body).toContain("I also ask for an SEN expert to attend the panel");
    expect(draft.body).toContain(
      "whether or not the school accepts that the child has special educational needs",
    );
    expect(draft.body).toContain("a late request may not be accepted");
    expect(draft.body).toContain("Why I am asking for a review:\nThe school never put in place");
    expect(draft.citations).toEqual(["R-DAY-EXCL-IRP", "R-DAY-EXCL-SEN-EXPERT"]);
    expect(
      write("review_panel_request", { arrangedBy: "council" }, excluded(), "2027-01-07").body,
    ).toContain("I ask the council to arrange");
  });
});

describe("sixth_day_education_request", () => {
  it("for a suspension, goes to the governing board with the 6th school day and the sessions from it", () => {
    const document = robin();
    expect(audienceOf(template("sixth_day_education_request"), document, "2026-11-17")).toBe(
      "governors",
    );
    const draft = write("sixth_day_education_request", {}, document, "2026-11-17");
    expect(draft.subject).toBe(
      "Robin Hale: full-time education from the sixth day of the suspension",
    );
    expect(draft.body).toContain(
      "By my count, the sixth school day in a row of exclusion was Monday 16 November 2026. From that day, suitable full-time education must be arranged for Robin (",
    );
    expect(draft.body).toContain("The suspension covers 6 sessions (3 school days) from that day.");
    expect(draft.body).toContain("Robin has had no full-time education arranged.");
    expect(draft.body).toContain(
      "the school's governing board (in an academy, the academy trust) must arrange suitable full-time education",
    );
    expect(draft.body).toContain("arrange suitable full-time education for Robin straight away");
    expect(draft.citations).toEqual(["R-DAY-EXCL-6TH-DAY", "R-DAY-S19"]);
  });

  it("after the suspension has ended, asks why no education was arranged instead of asking for it to start", () => {
    const draft = write("sixth_day_education_request");
    expect(draft.body).toContain("No full-time education was arranged for Robin from that day.");
    expect(draft.body).toContain(
      "tell me in writing why no full-time education was arranged for Robin from the sixth day",
    );
    expect(draft.body).not.toContain("straight away");
  });

  it("runs suspensions that follow one another together", () => {
    const document = robin({
      schoolDay: [
        { id: "s7", kind: "suspension", date: "2026-11-09", sessions: 6 },
        { id: "s8", kind: "suspension", date: "2026-11-12", sessions: 6 },
      ],
    });
    const draft = write(
      "sixth_day_education_request",
      { exclusionId: "s8" },
      document,
      "2026-11-17",
    );
    expect(draft.body).toContain(
      "the sixth school day in a row of exclusion was Monday 16 November 2026, counting the suspensions that followed one another as one period",
    );
  });

  it("for a permanent exclusion, goes to the council, with the 6th school day on the school's calendar", () => {
    const document = excluded();
    expect(audienceOf(template("sixth_day_education_request"), document, "2026-12-14")).toBe(
      "local_authority",
    );
    const draft = write("sixth_day_education_request", {}, document, "2026-12-14");
    expect(draft.body).toContain(
      "the sixth school day in a row of exclusion was Wednesday 9 December 2026",
    );
    expect(draft.body).toContain(
      "the council must arrange suitable full-time education for a permanently excluded pupil",
    );
    expect(draft.body).not.toContain(ESTIMATE_NOTE);
  });

  it("says the 6th school day in the same paragraph as the letter asking for the notice", () => {
    const document = robin();
    const paragraphOf = (kind: string) =>
      write(kind, {}, document, "2026-11-17").body.split("\n\n").find((paragraph) => paragraph.startsWith("By my count, the sixth school day"));
    expect(paragraphOf("sixth_day_education_request")).toBeDefined();
    expect(paragraphOf("exclusion_notice_request")).toBe(paragraphOf("sixth_day_education_request"));
  });

  it("says the 6th day is an estimate when the school's term dates are not recorded", () => {
    const draft = write("sixth_day_education_request", {}, robin({ schoolTerms: [] }));
    expect(draft.body).toContain(ESTIMATE_NOTE);
  });

  it("says when education started late", () => {
    const document = robin({
      schoolDay: [
        {
          id: "s6",
          kind: "suspension",
          date: "2026-11-09",
          sessions: 16,
          educationArrangedFrom: "2026-11-18",
        },
      ],
    });
    expect(write("sixth_day_education_request", {}, document).body).toContain(
      "Full-time education was only arranged from 18 November 2026.",
    );
  });
});

describe("section_19_request", () => {
  it("asks the council, with this school year's education lost by cause, and the health guidance when the cause is health", () => {
    expect(field("section_19_request", "cause")).toMatchObject({ defaultValue: "health" });
    const document = robin();
    const draft = write("section_19_request");
    const year = readSchoolDay(document, TODAY).educationLost.schoolYears[0]!;
    expect(draft.body).toContain(
      "My records show that so far this school year (since 1 September 2026) Robin has missed:",
    );
    expect(draft.body).toContain(`• Suspended or excluded: ${describeSessionCount(16)}`);
    expect(draft.body).toContain(`• Sent home without a formal exclusion: ${describeSessionCount(3)}`);
    expect(draft.body).toContain(
      `• Out of school on a part-time timetable: ${describeSessionCount(year.byCategory.part_time.sessions)}`,
    );
    expect(draft.body).toContain(
      `• Off school because of illness or medical appointments: ${describeSessionCount(2)}`,
    );
    expect(draft.body).toContain(`• In all: ${describeSessionCount(year.total.sessions)}`);
    expect(draft.body).toContain("should have a named officer for these children");
    expect(draft.citations).toEqual(["R-DAY-S19", "R-DAY-HEALTH-15"]);
    expect(draft.body).not.toContain(ESTIMATE_NOTE);
  });

  it("cites only section 19 for an exclusion, and says the figures are estimates without term dates", () => {
    const draft = write("section_19_request", { cause: "exclusion" }, robin({ schoolTerms: [] }));
    expect(field("section_19_request", "cause", robin({ schoolTerms: [] }))?.hint).toContain(
      "add them on the School day page",
    );
    expect(draft.body).toContain("Robin has been out of school because of exclusion");
    expect(draft.body).toContain(ESTIMATE_NOTE);
    expect(draft.citations).toEqual(["R-DAY-S19"]);
  });

  it("gives no figures when nothing is recorded this school year", () => {
    const draft = write("section_19_request", {}, robin({ schoolDay: [] }));
    expect(field("section_19_request", "cause", robin({ schoolDay: [] }))).toMatchObject({
      defaultValue: "other",
    });
    expect(draft.body).not.toContain("My records show");
  });
});

describe("part_time_timetable_review", () => {
  it("asks for the plan, the review and the return to full-time, says the review date has passed and asks for code C2", () => {
    const draft = write("part_time_timetable_review");
    expect(draft.body).toContain(
      "Since 21 September 2026, Robin has been on a part-time timetable, in school for 6 sessions a week out of 10. It was agreed by the head teacher and the SENCO.",
    );
    expect(draft.body).toContain(
      "It was due to be reviewed on 19 October 2026. That date has passed, and I have not been told of a review. No date has been set for Robin to return to full-time school.",
    );
    expect(draft.body).toContain("it should be C2");
    expect(draft.body).toContain("It must not be used to manage behaviour.");
    expect(draft.citations).toEqual(["R-DAY-PTT", "R-DAY-PTT-CODE"]);
  });

  it("withdraws the parent's agreement when asked", () => {
    const draft = write("part_time_timetable_review", { consent: "withdraw" });
    expect(draft.body).toContain("I no longer agree to the part-time timetable.");
  });

  it("offers to copy the council and ask for an early review only for a child with an EHC plan", () => {
    expect(field("part_time_timetable_review", "earlyReview")).toMatchObject({
      defaultValue: "yes",
    });
    expect(write("part_time_timetable_review").body).toContain(
      "I am sending a copy of this letter to the council, and I ask the council to consider an early review of the plan.",
    );
    const noPlan = robin({ ehcPlans: [] });
    expect(field("part_time_timetable_review", "earlyReview", noPlan)).toBeUndefined();
    expect(write("part_time_timetable_review", { earlyReview: "yes" }, noPlan).body).not.toContain(
      "early review of the plan",
    );
  });
});

describe("restraint_record_request", () => {
  it("asks for the school's record of the incident under the rules from 1 April 2026, with no time limit stated", () => {
    const draft = write("restraint_record_request");
    expect(draft.subject).toBe(
      "Robin Hale: the school's record of the incident on 3 November 2026",
    );
    expect(draft.body).toContain(
      "On 3 November 2026 at 10:15, I understand that staff used force to hold or move Robin.",
    );
    expect(draft.body).toContain(
      "I was told about it on 5 November 2026 by the class teacher. I have not had a written report or record of it.",
    );
    expect(draft.body).toContain("Under the new rules from 1 April 2026");
    expect(draft.body).toContain("behaviour support plan");
    expect(draft.citations).toEqual(["R-DAY-RESTRAINT-DUTY", "R-DAY-RESTRAINT-REPORT", "R-EQ-ADJ"]);
  });

  it("does not cite the new rules for an incident before they applied", () => {
    const document = robin({ schoolDay: [{ id: "r2", kind: "restraint", date: "2026-03-02" }] });
    const draft = write("restraint_record_request", {}, document, "2026-03-12");
    expect(draft.body).not.toContain("new rules");
    expect(draft.citations).toEqual(["R-EQ-ADJ"]);
  });
});

describe("attendance_support_request", () => {
  it("asks for support first, lists the days coded as unauthorised that were not, and asks for the penalty notice to be withdrawn", () => {
    expect(field("attendance_support_request", "noticeId")).toMatchObject({ defaultValue: "pn1" });
    const draft = write("attendance_support_request", {
      barriers: "The noise at the gate in the morning.",
    });
    expect(draft.body).toContain(
      "Robin has special educational needs in social, emotional and mental health and communication and interaction. Robin has a diagnosis of autism and an EHC plan.",
    );
    expect(draft.body).toContain(
      "What makes going to school hard for Robin:\nThe noise at the gate in the morning.",
    );
    expect(draft.body).toContain(
      "On 20 November 2026 I received a penalty notice of £80 about Robin's attendance.",
    );
    expect(draft.body).toContain(
      [
        "• 15 September 2026: marked O: other unauthorised absence, but the school sent Robin home",
        "• From 21 September 2026, the time out of school on the agreed part-time timetable: marked O: other unauthorised absence",
        "• 12 October 2026: marked O: other unauthorised absence, but Robin was ill",
      ].join("\n"),
    );
    expect(draft.body).toContain("I ask the school to:");
    expect(draft.body).toContain("withdraw the penalty notice, or reconsider it");
    expect(draft.citations).toEqual([
      "R-DAY-ATT-SEND",
      "R-DAY-PENALTY",
      "R-DAY-ATT-CODES",
      "R-EQ-ADJ",
    ]);
  });

  it("writes to an attendance officer, and asks for support alone when no notice is chosen", () => {
    const draft = write(
      "attendance_support_request",
      { to: "officer", noticeId: OTHER_MATTER },
      robin({ schoolDay: [] }),
    );
    expect(draft.body).toContain("I ask you to:");
    expect(draft.body).not.toContain("penalty notice");
    expect(draft.citations).toEqual(["R-DAY-ATT-SEND", "R-EQ-ADJ"]);
  });
});

describe("early_review_request with the school day", () => {
  it("offers the education lost this school year as a reason, with the figures", () => {
    const reasons = field("early_review_request", "reasons");
    expect(reasons).toMatchObject({ kind: "checkboxes" });
    const lost = (reasons as Extract<LetterOptionField, { kind: "checkboxes" }>).choices.find(
      (choice) => choice.value === "education_lost",
    );
    const year = readSchoolDay(robin(), TODAY).educationLost.schoolYears[0]!;
    expect(lost?.label).toBe(
      `My child has lost ${year.total.schoolDays} school days (${year.total.sessions} sessions) of education this school year`,
    );
    const draft = write("early_review_request", { reasons: ["education_lost"] });
    expect(draft.body).toContain(`• ${lost!.label}`);
    expect(draft.body).toContain(
      "So far this school year (since 1 September 2026), my records show Robin has missed:\n• Suspended or excluded: 16 sessions (8 school days)",
    );
  });

  it("does not offer it when nothing was lost this school year", () => {
    const reasons = field("early_review_request", "reasons", robin({ schoolDay: [] })) as Extract<
      LetterOptionField,
      { kind: "checkboxes" }
    >;
    expect(reasons.choices.map((choice) => choice.value)).not.toContain("education_lost");
    expect(
      write(
        "early_review_request",
        { reasons: ["education_lost", "needs_changed"] },
        robin({ schoolDay: [] }),
      ).body,
    ).not.toContain("So far this school year");
  });
});
