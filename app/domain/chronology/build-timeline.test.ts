import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { buildTimeline, shorten } from "./build-timeline";
import { describeStatutoryEvent } from "./describe-statutory-event";
import { TIMELINE_TYPES, type TimelineEntry } from "./timeline-entry";

/** A case with something of every kind, dated across two years. */
function wholeCase() {
  return buildCaseDocument({
    needs: [
      { id: "need-ci", area: "communication_interaction", since: "2023-09-01", otherSigns: "Talks about trains, not his day" },
      { id: "need-sp", area: "sensory_physical", since: null },
    ],
    diagnoses: [
      { id: "dx1", name: "Autism", date: "2024-06-04", madeBy: "Community paediatrician" },
      { id: "dx2", name: "Dyslexia (suspected)", date: null },
    ],
    cycles: [
      {
        id: "c1",
        title: "Autumn plan",
        startDate: "2025-09-08",
        reviewDate: "2025-12-12",
        assessment: { summary: "Reading well below age", assessedBy: "Ms Patel, SENCO", date: "2025-09-01", findings: null },
        targets: [
          { id: "t1", text: "Read 20 tricky words", area: "cognition_learning" },
          { id: "t2", text: "Ask for help", area: "communication_interaction" },
        ],
        provision: [{ id: "p1", what: "Phonics group", targetIds: ["t1"] }],
        review: {
          id: "r1",
          date: "2025-12-15",
          overallProgress: "limited",
          decision: "increase",
          parentAttended: false,
        },
      },
      {
        id: "c2",
        kind: "monitoring",
        title: null,
        startDate: "2026-01-05",
        reviewDate: "2026-03-27",
        carriedForwardFrom: "c1",
      },
      { id: "c3", title: "Summer plan", startDate: "2026-04-20", reviewDate: "2026-07-10", review: { id: "r3", date: "2026-07-10" } },
    ],
    measurements: [
      { id: "m1", kind: "reading_age", label: "Reading age", date: "2025-09-15", value: 80, unit: "months", expectedValue: 101, area: "cognition_learning", source: "Salford test" },
    ],
    diary: [{ id: "d1", date: "2025-10-06", text: "Covered his ears in assembly.\nCried at the gate.", areas: ["sensory_physical", "semh"] }],
    adjustments: [
      { id: "a1", description: "Ear defenders in assembly", requestedOn: "2025-09-10", requestedBy: "Me", status: "refused", respondedOn: "2025-09-24", reason: "Not school policy", area: "sensory_physical" },
      { id: "a2", description: "Movement breaks", requestedOn: null, status: "requested" },
    ],
    professionals: [
      { id: "pro1", name: "Ana Silva", role: "speech_and_language_therapist", organisation: "NHS Trust", involvedFrom: "2025-11-01" },
    ],
    referrals: [
      { id: "ref1", service: "speech_and_language_therapist", professionalId: "pro1", requestedBy: "The SENCO", requestedOn: "2025-10-01", status: "seen", seenOn: "2026-02-03" },
      { id: "ref2", service: "educational_psychologist", requestedOn: "2026-01-12", status: "waiting" },
      { id: "ref3", service: "camhs", requestedOn: null, status: "requested" },
    ],
    reports: [
      {
        id: "rep1",
        title: "Speech and language report",
        professionalId: "pro1",
        date: "2026-02-20",
        recommendations: [
          { id: "rec1", text: "Visual timetable", area: "communication_interaction", status: "confirmed" },
          { id: "rec2", text: "Social skills group", area: "semh", status: "suggested" },
          { id: "rec3", text: "Something discarded", area: "sensory_physical", status: "discarded" },
        ],
      },
      { id: "rep2", title: "Undated report", date: null },
    ],
    meetings: [
      {
        id: "meet1",
        date: "2025-11-20",
        kind: "senco",
        title: null,
        attendees: ["Ms Patel", "Mr Khan"],
        agreed: "Phonics three times a week",
        actions: [{ id: "act1", description: "Send the provision map", owner: "Ms Patel", dueDate: "2025-12-01" }],
      },
    ],
    correspondence: [
      { id: "cor1", direction: "sent", date: "2025-11-21", channel: "email", to: "Ms Patel", subject: "What we agreed", summary: "To confirm what we agreed.", replyBy: "2025-12-05" },
      { id: "cor2", direction: "received", date: "2025-12-04", channel: "letter", from: "The council", subject: null, repliedOn: null },
      { id: "cor3", direction: "sent", date: "2025-11-01", channel: "phone", to: null, repliedOn: "2025-11-02" },
    ],
    statutoryEvents: [{ id: "se1", type: "ehcna_request_received", date: "2026-03-02", notes: "Sent by email" }],
    documents: [
      { id: "doc1", title: "School plan (PDF)", date: "2025-09-08", source: "school", author: "Ms Patel", areas: ["cognition_learning"] },
      { id: "doc2", title: "Photo of homework", date: null, source: "home" },
      { id: "doc3", title: "Misc note", date: "2025-09-08", source: "other" },
    ],
    schoolDay: [
      { id: "sd1", kind: "informal_exclusion", date: "2025-10-13", sessions: 1, firstSession: "afternoon", time: "12:15", schoolSaid: "He was too unsettled to stay" },
      { id: "sd2", kind: "suspension", date: "2025-11-03", endDate: "2025-11-05", sessions: 6, schoolSaid: "Threw a chair in maths" },
      { id: "sd3", kind: "part_time_timetable", date: "2025-09-15", sessionsPerWeek: 6, agreedBy: "the head", reviewDate: "2025-10-20" },
    ],
    appeals: [
      {
        id: "ap1",
        decisionEventId: "se1",
        appealType: "refusal_to_assess",
        startedOn: "2026-04-01",
        mediation: "certificate_after_advice",
        mediationCertificateOn: "2026-03-30",
        submittedOn: "2026-04-10",
        registeredOn: "2026-04-24",
        tribunalReference: "EH123/26/00045",
        status: "registered",
        dates: [
          { id: "ad1", kind: "la_response", date: "2026-06-05" },
          { id: "ad2", kind: "other", date: "2026-06-12", label: "Phone case review", notes: "The judge will ring at 10am" },
        ],
        order: { id: "o1", kind: "assess", madeOn: "2026-07-01", notOpposedOn: null, notes: "Assess within the time limits" },
      },
    ],
  });
}

const byKey = (entries: TimelineEntry[]) => new Map(entries.map((entry) => [entry.key, entry]));

describe("buildTimeline", () => {
  it("gives an empty case an empty timeline", () => {
    expect(buildTimeline(buildCaseDocument())).toEqual([]);
  });

  it("has an entry for every dated thing of every kind, and none for undated ones", () => {
    const keys = buildTimeline(wholeCase()).map((entry) => entry.key);
    expect(new Set(keys)).toEqual(
      new Set([
        "need:need-ci",
        "diagnosis:dx1",
        "plan:c1:assessment",
        "plan:c1:start",
        "plan:c1:review-due",
        "review:r1",
        "plan:c2:start",
        "plan:c2:review-due",
        "plan:c3:start",
        "review:r3",
        "measurement:m1",
        "diary:d1",
        "adjustment:a1:requested",
        "adjustment:a1:answered",
        "professional:pro1",
        "referral:ref1:requested",
        "referral:ref1:seen",
        "referral:ref2:requested",
        "report:rep1",
        "meeting:meet1",
        "correspondence:cor1",
        "correspondence:cor2",
        "correspondence:cor3",
        "statutory:se1",
        "document:doc1",
        "document:doc3",
        "school_day:sd1",
        "school_day:sd2",
        "school_day:sd3",
        "tribunal:ap1:started",
        "tribunal:ap1:submitted",
        "tribunal:ap1:registered",
        "tribunal:ap1:date:ad1",
        "tribunal:ap1:date:ad2",
        "tribunal:ap1:order",
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("covers every type of entry", () => {
    expect(new Set(buildTimeline(wholeCase()).map((entry) => entry.type))).toEqual(new Set(TIMELINE_TYPES));
  });

  it("lists entries oldest first", () => {
    const dates = buildTimeline(wholeCase()).map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe("2023-09-01");
    expect(dates.at(-1)).toBe("2026-07-10");
  });

  it("orders one day's entries by type: the plan before the document", () => {
    const sameDay = buildTimeline(wholeCase()).filter((entry) => entry.date === "2025-09-08");
    expect(sameDay.map((entry) => entry.key)).toEqual(["plan:c1:start", "document:doc3", "document:doc1"]);
  });

  describe("support plans and reviews", () => {
    const entries = byKey(buildTimeline(wholeCase()));

    it("says when a plan started, what it holds, and the areas of its targets", () => {
      expect(entries.get("plan:c1:start")).toEqual({
        key: "plan:c1:start",
        date: "2025-09-08",
        type: "plan",
        title: "Support plan started: Autumn plan",
        detail: "2 targets. 1 line of support",
        areas: ["communication_interaction", "cognition_learning"],
        record: { kind: "cycle", id: "c1" },
      });
    });

    it("names an untitled monitoring stage by its kind and start, and says it was carried forward", () => {
      expect(entries.get("plan:c2:start")).toMatchObject({ title: "Monitoring started", detail: "Carried forward from the plan before" });
      expect(entries.get("plan:c2:review-due")).toMatchObject({
        title: "Review due: Monitoring from 5 January 2026",
        detail: "No review recorded yet",
      });
    });

    it("shows the assessment with who made it", () => {
      expect(entries.get("plan:c1:assessment")).toMatchObject({
        date: "2025-09-01",
        title: "Assessment for Autumn plan",
        detail: "By Ms Patel, SENCO. Reading well below age",
      });
    });

    it("shows the agreed review date and when the review was held instead", () => {
      expect(entries.get("plan:c1:review-due")).toMatchObject({ date: "2025-12-12", detail: "The review was held on 15 December 2025" });
      expect(entries.get("review:r1")).toEqual({
        key: "review:r1",
        date: "2025-12-15",
        type: "review",
        title: "Review of Autumn plan",
        detail: "Progress: less than expected. Decision: increase the support. You were not at the review",
        areas: ["communication_interaction", "cognition_learning"],
        record: { kind: "review", id: "r1", cycleId: "c1" },
      });
    });

    it("leaves out the review date when the review was held on it", () => {
      expect(entries.has("plan:c3:review-due")).toBe(false);
      expect(entries.get("review:r3")).toMatchObject({ date: "2026-07-10", title: "Review of Summer plan", detail: null });
    });
  });

  describe("evidence and communication", () => {
    const entries = byKey(buildTimeline(wholeCase()));

    it("names a meeting by its kind when it has no title, with who came, what was agreed and the actions", () => {
      expect(entries.get("meeting:meet1")).toMatchObject({
        title: "Meeting with the SENCO",
        detail: "With Ms Patel, Mr Khan. Agreed: Phonics three times a week. 1 action",
        record: { kind: "meeting", id: "meet1" },
      });
    });

    it("says who a letter or email went to or came from, and about the reply", () => {
      expect(entries.get("correspondence:cor1")).toMatchObject({
        title: "Email to Ms Patel: What we agreed",
        detail: "To confirm what we agreed. Reply asked for by 5 December 2025",
      });
      expect(entries.get("correspondence:cor2")).toMatchObject({ title: "Letter from The council", detail: null });
      expect(entries.get("correspondence:cor3")).toMatchObject({ title: "Phone call sent", detail: "Reply received on 2 November 2025" });
    });

    it("shows a report with its author and the recommendations not discarded, and their areas", () => {
      expect(entries.get("report:rep1")).toEqual({
        key: "report:rep1",
        date: "2026-02-20",
        type: "report",
        title: "Speech and language report",
        detail: "By Ana Silva (speech and language therapist). 2 recommendations",
        areas: ["communication_interaction", "semh"],
        record: { kind: "report", id: "rep1" },
      });
    });

    it("shows when a referral was asked for and when the child was seen", () => {
      expect(entries.get("referral:ref1:requested")).toMatchObject({
        date: "2025-10-01",
        title: "Referral to a speech and language therapist",
        detail: "Asked for by The SENCO. Now: seen",
      });
      expect(entries.get("referral:ref1:seen")).toMatchObject({
        date: "2026-02-03",
        title: "Seen by Ana Silva (speech and language therapist)",
        detail: "Referred on 1 October 2025",
      });
      expect(entries.get("referral:ref2:requested")).toMatchObject({ title: "Referral to an educational psychologist", detail: "Now: waiting to be seen" });
      expect(entries.get("professional:pro1")).toMatchObject({ title: "Ana Silva (speech and language therapist) involved", detail: "NHS Trust", record: { kind: "professional", id: "pro1" } });
    });

    it("names a statutory event in plain words, with its notes", () => {
      expect(entries.get("statutory:se1")).toMatchObject({
        title: "Request for an EHC needs assessment received by the council",
        detail: "Sent by email",
        record: { kind: "statutory_event", id: "se1" },
      });
    });

    it("shows a dated document with where it came from, its author and its areas", () => {
      expect(entries.get("document:doc1")).toMatchObject({
        title: "School plan (PDF)",
        detail: "From school. By Ms Patel",
        areas: ["cognition_learning"],
        record: { kind: "document", id: "doc1" },
      });
      expect(entries.get("document:doc3")).toMatchObject({ detail: null });
    });
  });

  describe("the school day", () => {
    const entries = byKey(buildTimeline(wholeCase()));

    it("names each record by its kind and one fact, links it to the record, and says what the school said", () => {
      expect(entries.get("school_day:sd1")).toEqual({
        key: "school_day:sd1",
        date: "2025-10-13",
        type: "school_day",
        title: "Sent home without a formal exclusion: half a school day (the afternoon)",
        detail: "At 12:15. The school said: He was too unsettled to stay",
        areas: [],
        record: { kind: "school_day", id: "sd1" },
      });
      expect(entries.get("school_day:sd2")).toMatchObject({
        title: "Suspension: 3 school days",
        detail: "Until 5 November 2025. No written notice recorded. The school said: Threw a chair in maths",
      });
      expect(entries.get("school_day:sd3")).toMatchObject({
        title: "Part-time timetable: 6 sessions a week",
        detail: "Agreed by the head. Review due 20 October 2025. No end date",
      });
    });

    it("counts half days as halves, and names a record with no fact by its kind alone", () => {
      const [oneAndAHalf, morning, restraint, fine] = buildTimeline(
        buildCaseDocument({
          schoolDay: [
            { id: "a", kind: "suspension", date: "2026-01-05", sessions: 3, noticeReceivedOn: "2026-01-05" },
            { id: "b", kind: "absence", date: "2026-01-06", sessions: 1, firstSession: "morning", absenceReason: "medical_appointment", attendanceCode: "M" },
            { id: "c", kind: "restraint", date: "2026-01-07", restraintType: "force", parentToldOn: "2026-01-09", parentToldBy: "Mr Khan", toldInWriting: false },
            { id: "d", kind: "penalty_notice", date: "2026-01-08", amount: 80 },
          ],
        }),
      );
      expect(oneAndAHalf).toMatchObject({ title: "Suspension: 1.5 school days", detail: "Written notice received on 5 January 2026" });
      expect(morning).toMatchObject({
        title: "Absence: half a school day (the morning)",
        detail: "Reason: medical or dental appointment. Code M: medical or dental appointment (authorised)",
      });
      expect(restraint).toMatchObject({ title: "Restraint or seclusion", detail: "You were told on 9 January 2026 by Mr Khan. Not told in writing" });
      expect(fine).toMatchObject({ title: "Penalty notice: £80", detail: null });
    });
  });

  describe("appeals to the tribunal", () => {
    const entries = byKey(buildTimeline(wholeCase()));

    it("says when the appeal started, was sent and registered, each directions date and the order, each linking to the appeal", () => {
      expect(entries.get("tribunal:ap1:started")).toEqual({
        key: "tribunal:ap1:started",
        date: "2026-04-01",
        type: "tribunal",
        title: "Appeal started: refusal to assess",
        detail: "Mediation: certificate after mediation advice",
        areas: [],
        record: { kind: "appeal", id: "ap1" },
      });
      expect(entries.get("tribunal:ap1:submitted")).toMatchObject({ date: "2026-04-10", title: "Appeal sent to the tribunal: refusal to assess" });
      expect(entries.get("tribunal:ap1:registered")).toMatchObject({ date: "2026-04-24", detail: "Tribunal reference EH123/26/00045" });
      expect(entries.get("tribunal:ap1:date:ad1")).toMatchObject({ date: "2026-06-05", title: "Council's response due", detail: null });
      expect(entries.get("tribunal:ap1:date:ad2")).toMatchObject({ title: "Phone case review", detail: "The judge will ring at 10am", record: { kind: "appeal", id: "ap1" } });
      expect(entries.get("tribunal:ap1:order")).toMatchObject({ date: "2026-07-01", title: "Tribunal order: assess", detail: "Assess within the time limits. Tribunal reference EH123/26/00045" });
    });

    it("says when the council conceded, and leaves out what has no date yet", () => {
      const timeline = buildTimeline(
        buildCaseDocument({
          appeals: [{ id: "ap2", appealType: "sections_b_f", sections: ["F"], order: { id: "o2", kind: "amend", madeOn: "2026-05-20", notOpposedOn: "2026-05-14" } }],
        }),
      );
      expect(timeline.map((entry) => [entry.date, entry.title])).toEqual([
        ["2026-05-14", "The council will not oppose the appeal: Sections B and F"],
        ["2026-05-20", "Tribunal order: change the plan"],
      ]);
    });
  });

  describe("the child's record", () => {
    const entries = byKey(buildTimeline(wholeCase()));

    it("shows a diary entry on one line with its tags as areas", () => {
      expect(entries.get("diary:d1")).toMatchObject({
        title: "Diary entry",
        detail: "Covered his ears in assembly. Cried at the gate.",
        areas: ["semh", "sensory_physical"],
        record: { kind: "diary_entry", id: "d1" },
      });
    });

    it("shows an adjustment when asked for and when answered, with the reason", () => {
      expect(entries.get("adjustment:a1:requested")).toMatchObject({
        date: "2025-09-10",
        title: "Adjustment asked for: Ear defenders in assembly",
        detail: "Asked for by Me",
        areas: ["sensory_physical"],
      });
      expect(entries.get("adjustment:a1:answered")).toMatchObject({
        date: "2025-09-24",
        title: "Adjustment refused: Ear defenders in assembly",
        detail: "Not school policy",
      });
    });

    it("shows a result with what is expected for age", () => {
      expect(entries.get("measurement:m1")).toMatchObject({
        title: "Reading age: 80 months",
        detail: "Expected for age: 101 months. Salford test",
        areas: ["cognition_learning"],
      });
    });

    it("shows when a need was first noticed, in its area", () => {
      expect(entries.get("need:need-ci")).toMatchObject({
        title: "First noticed: communication and interaction",
        areas: ["communication_interaction"],
        record: { kind: "need", id: "need-ci", area: "communication_interaction" },
      });
    });

    it("shows a dated diagnosis with who gave it", () => {
      expect(entries.get("diagnosis:dx1")).toMatchObject({ title: "Diagnosis: Autism", detail: "Given by Community paediatrician" });
    });
  });

  it("gives every dated record one entry with a title, in date order, whatever the case holds", () => {
    const area = fc.constantFrom("communication_interaction", "cognition_learning", "semh", "sensory_physical");
    const date = fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.uuid(), date, text: fc.string(), areas: fc.uniqueArray(area) }), { maxLength: 5 }),
        fc.array(fc.record({ id: fc.uuid(), title: fc.string(), date: fc.option(date, { nil: null }), areas: fc.uniqueArray(area) }), { maxLength: 5 }),
        fc.array(fc.record({ id: fc.uuid(), type: fc.string(), date }), { maxLength: 5 }),
        (diary, documents, statutoryEvents) => {
          const entries = buildTimeline(buildCaseDocument({ diary, documents, statutoryEvents }));
          expect(entries).toHaveLength(diary.length + documents.filter((d) => d.date).length + statutoryEvents.length);
          for (const entry of entries) {
            expect(entry.title.length).toBeGreaterThan(0);
            expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
          const dates = entries.map((entry) => entry.date);
          expect(dates).toEqual([...dates].sort());
        },
      ),
    );
  });
});

describe("shorten", () => {
  it("keeps short text as it is, on one line", () => {
    expect(shorten("Two\nlines", 20)).toBe("Two lines");
  });

  it("cuts long text at a word, with an ellipsis", () => {
    expect(shorten("The quick brown fox jumps over the lazy dog", 20)).toBe("The quick brown fox…");
  });

  it("cuts one very long word where it must", () => {
    expect(shorten("a".repeat(30), 10)).toBe(`${"a".repeat(10)}…`);
  });

  it("never returns more than the limit and an ellipsis", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 5, max: 200 }), (text, max) => {
        expect(shorten(text, max).length).toBeLessThanOrEqual(max + 1);
      }),
    );
  });
});

describe("describeStatutoryEvent", () => {
  it("names the events the deadlines know", () => {
    expect(describeStatutoryEvent("draft_plan_issued")).toBe("Draft EHC plan issued");
    expect(describeStatutoryEvent("subject_access_request_sent")).toBe("Subject access request sent");
  });

  it("spells out an event it does not know from its code", () => {
    expect(describeStatutoryEvent("tribunal_hearing_held")).toBe("Tribunal hearing held");
    expect(describeStatutoryEvent("ehcp_meeting")).toBe("EHC plan meeting");
  });

  it("does not mistake a code for one of an object's own properties", () => {
    expect(describeStatutoryEvent("valueOf")).toBe("ValueOf");
    expect(describeStatutoryEvent("constructor")).toBe("Constructor");
  });

  it("still gives a title for an empty code", () => {
    expect(describeStatutoryEvent("")).toBe("Statutory event");
    expect(describeStatutoryEvent("__")).toBe("Statutory event");
  });
});
