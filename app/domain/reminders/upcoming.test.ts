import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
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
