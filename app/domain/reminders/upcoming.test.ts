import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import { buildAppealCase } from "./appeal.fixture";
import { reminderEmail, remindersDue, upcomingDates } from "./upcoming";

const document = buildCaseDocument({
  child: { name: "Robin Hale" },
  statutoryEvents: [
    { id: "q", type: "ehcna_request_received", date: "2026-02-16" },
    { id: "d", type: "draft_plan_issued", date: "2026-03-20" },
  ],
  meetings: [
    { id: "m1", date: "2026-03-30", title: "Review with the SENCO" },
    { id: "m0", date: "2026-01-05", title: "Old meeting" },
  ],
  cycles: [
    { id: "c1", title: "Spring plan", startDate: "2026-01-05", reviewDate: "2026-03-27" },
    { id: "c0", title: "Autumn plan", startDate: "2025-09-01", reviewDate: "2025-12-01", review: { id: "r", date: "2025-12-01" } },
  ],
});

describe("what is coming up", () => {
  const items = upcomingDates(document, "2026-03-25");

  it("lists deadlines not met, meetings ahead and reviews not held, by date", () => {
    // The draft plan meets the decision on making a plan, so that one is not listed.
    expect(items.map((item) => [item.key, item.date, item.isOverdue])).toEqual([
      ["review:c1", "2026-03-27", false],
      ["deadline:ehcna_decision:q", "2026-03-30", false],
      ["meeting:m1", "2026-03-30", false],
      ["deadline:draft_plan_comments:d", "2026-04-03", false],
      ["deadline:ehcp_final:q", "2026-07-06", false],
    ]);
    expect(items.find((item) => item.key === "deadline:draft_plan_comments:d")).toMatchObject({ path: "plans" });
    expect(items.find((item) => item.key === "meeting:m1")).toMatchObject({ title: "Review with the SENCO (Robin Hale)", path: "meetings/m1/prepare" });
  });

  it("marks a missed time limit overdue, with what to do now", () => {
    const late = upcomingDates(document, "2026-04-10").find((item) => item.key === "deadline:ehcna_decision:q")!;
    expect(late.isOverdue).toBe(true);
    expect(late.whatToDo).toContain("regulation 5");
  });
});

describe("which reminders go today", () => {
  const items = upcomingDates(document, "2026-03-23");

  it("sends for dates from today up to the chosen number of days ahead", () => {
    expect(remindersDue(items, "2026-03-23", 7).map((item) => item.key)).toEqual(["review:c1", "deadline:ehcna_decision:q", "meeting:m1"]);
    expect(remindersDue(items, "2026-03-23", 4).map((item) => item.key)).toEqual(["review:c1"]);
    expect(remindersDue(items, "2026-03-27", 0).map((item) => item.key)).toEqual(["review:c1"]);
  });

  it("never sends for a date that has passed", () => {
    expect(remindersDue(items, "2026-03-28", 7).map((item) => item.key)).not.toContain("review:c1");
  });

  it("counts whole days across the clock change at the end of March", () => {
    // The clocks go forward on 29 March 2026; a date two days after is still "in 2 days".
    expect(remindersDue(items, "2026-03-28", 2).map((item) => item.key)).toEqual(["deadline:ehcna_decision:q", "meeting:m1"]);
    expect(reminderEmail(items.find((item) => item.key === "meeting:m1")!, "2026-03-28", null).subject).toBe("Due in 2 days: Review with the SENCO (Robin Hale)");
  });
});

describe("the reminder email", () => {
  it("says what is due, when, what to do and where", () => {
    const item = upcomingDates(document, "2026-03-29").find((entry) => entry.key === "deadline:ehcna_decision:q")!;
    const email = reminderEmail(item, "2026-03-29", "https://clearpath.example/cases/1/statutory");
    expect(email.subject).toBe("Due tomorrow: Decision on whether to assess (Robin Hale)");
    expect(email.text).toContain("is due tomorrow, on 30 March 2026.");
    expect(email.text).toContain("What to do: The council must tell you whether it will carry out an EHC needs assessment");
    expect(email.text).toContain("Open it in Clearpath: https://clearpath.example/cases/1/statutory");
  });
});

describe("the school day on the list", () => {
  const schoolDay = buildCaseDocument({
    child: { name: "Robin Hale" },
    schoolDay: [
      { id: "s1", kind: "suspension", date: "2026-11-09", sessions: 16, boardToldOn: "2026-11-09", madeRepresentations: true },
      { id: "n1", kind: "penalty_notice", date: "2026-11-02", amount: 80 },
    ],
    schoolTerms: [{ id: "t1", kind: "term", label: "Autumn term 2026", start: "2026-09-03", end: "2026-12-18" }],
  });

  it("lists deadlines and 'aim for' dates with stable keys, saying which is which and how sure we are", () => {
    const items = upcomingDates(schoolDay, "2026-11-06").filter((item) => item.key.startsWith("school-day:"));
    expect(items.map((item) => [item.key, item.date, item.isOverdue, item.path])).toEqual([
      ["school-day:D-EXCL-NOTICE:s1", "2026-11-09", false, "school-day/s1"],
      ["school-day:D-EXCL-6TH:s1", "2026-11-16", false, "school-day/s1"],
      ["school-day:D-PENALTY-PAY:n1", "2026-11-22", false, "school-day/n1"],
      ["school-day:D-PENALTY-PAY:n1:28", "2026-11-29", false, "school-day/n1"],
      // D-GOV-50 runs past the recorded term into estimated days, so it is an estimate.
      ["school-day:D-GOV-50:s1", "2027-01-20", false, "school-day/s1"],
    ]);
    const byKey = new Map(items.map((item) => [item.key, item]));
    expect(byKey.get("school-day:D-EXCL-NOTICE:s1")!.title).toBe("Written notice of the suspension (Robin Hale; partly checked against the law)");
    expect(byKey.get("school-day:D-PENALTY-PAY:n1:28")!.title).toBe("Pay the penalty notice at £160 (Robin Hale; not yet checked against the law)");
    expect(byKey.get("school-day:D-GOV-50:s1")!.title).toBe(
      "The governors decide whether to take your child back (Robin Hale; aim for this date: not yet checked against the regulations; an estimate)",
    );
  });

  it("keeps a missed deadline as overdue, but drops 'aim for' dates and payments once they pass", () => {
    const items = upcomingDates(schoolDay, "2027-01-21").filter((item) => item.key.startsWith("school-day:"));
    expect(items.map((item) => [item.key, item.isOverdue])).toEqual([
      ["school-day:D-EXCL-NOTICE:s1", true],
      ["school-day:D-EXCL-6TH:s1", true],
    ]);
  });

  it("sends reminders for the school day's dates like any other", () => {
    const due = remindersDue(upcomingDates(schoolDay, "2026-11-13"), "2026-11-13", 7).map((item) => item.key);
    expect(due).toEqual(["school-day:D-EXCL-6TH:s1"]);
  });
});

describe("an appeal on the list", () => {
  it("lists the appeal date once: the deadline engine's, leading to the appeal being prepared, and gone once it is sent", () => {
    const preparing = buildAppealCase({ status: "preparing", submittedOn: null, registeredOn: null, dates: [] });
    const items = upcomingDates(preparing, "2026-09-10");
    expect(items.map((item) => [item.key, item.path])).toEqual([["deadline:appeal:refusal", "appeals/a1"]]);
    const sent = upcomingDates(buildAppealCase({ status: "preparing", submittedOn: "2026-10-05", dates: [] }), "2026-09-10");
    expect(sent).toEqual([]);
  });

  it("moves the appeal date by a certificate recorded only on the appeal, as the workspace does, and leads to that appeal", () => {
    // Refused 4 Sep 2026 (2 months: 4 Nov); the appeal's certificate of 20 Oct gives Fri 20 Nov.
    const preparing = buildAppealCase({ status: "preparing", mediationCertificateOn: "2026-10-20", submittedOn: null, registeredOn: null, dates: [] });
    const items = upcomingDates(preparing, "2026-11-10");
    expect(items.map((item) => [item.key, item.date, item.path, item.isOverdue])).toEqual([["deadline:appeal:appeal:a1:certificate", "2026-11-20", "appeals/a1", false]]);
  });

  it("lists the directions' dates ahead, and drops them once they pass", () => {
    const items = upcomingDates(buildAppealCase(), "2027-01-20");
    expect(items.map((item) => [item.key, item.date, item.isOverdue, item.path])).toEqual([
      ["appeal:a1:attendance_forms:d3", "2027-01-29", false, "appeals/a1"],
      ["appeal:a1:hearing:d4", "2027-02-26", false, "appeals/a1"],
    ]);
    expect(items[1]!.title).toBe("Tribunal hearing (Sam Reed; the date in the tribunal's directions)");
  });

  it("keeps a council date after the order as overdue once missed, and drops the family's own dates to aim for once they pass", () => {
    const decided = buildAppealCase({ status: "decided", order: { id: "o1", kind: "amend", madeOn: "2027-01-15" } });
    const ahead = upcomingDates(decided, "2027-01-20");
    expect(ahead.map((item) => item.key)).toEqual(["appeal:a1:D-TRIB-PTA", "appeal:a1:D-TRIB-REVIEW-SEN", "appeal:a1:D-TRIB-SET-ASIDE", "appeal:a1:D-ORDER-AMEND:issue_amended_plan"]);
    expect(ahead[0]!.title).toBe("Ask the tribunal for permission to appeal to the Upper Tribunal (Sam Reed; aim for this date: not yet checked against the regulations)");
    expect(ahead[3]!.title).toBe("The council issues the changed plan (Sam Reed; partly checked against the law)");
    const late = upcomingDates(decided, "2027-03-01");
    expect(late.map((item) => [item.key, item.isOverdue])).toEqual([["appeal:a1:D-ORDER-AMEND:issue_amended_plan", true]]);
    // The changed plan recorded: nothing left.
    const done = buildAppealCase({ status: "decided", order: { id: "o1", kind: "amend", madeOn: "2027-01-15" } }, [{ id: "p", type: "amended_plan_issued", date: "2027-02-18" }]);
    expect(upcomingDates(done, "2027-03-01").filter((item) => item.key.startsWith("appeal:"))).toEqual([]);
  });
});
