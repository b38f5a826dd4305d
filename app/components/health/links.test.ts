import { describe, expect, it } from "vitest";
import { buildCaseDocument, findLetterTemplate, type NextStepAction } from "~/domain";
import { indexRecords, nextStepPath, screenPath } from "./links";

const CASE = "case-1";
const document = buildCaseDocument({
  child: { name: "Sam" },
  cycles: [
    {
      id: "c1",
      startDate: "2026-01-05",
      provision: [
        { id: "p1", what: "Phonics" },
        { id: "p2", what: "Lego therapy" },
      ],
      sessions: [{ id: "s1", provisionId: "p1", date: "2026-01-06", status: "cancelled" }],
      review: { id: "r1", date: "2026-03-20" },
    },
  ],
  ehcPlans: [{ id: "plan-1", stage: "draft", issuedOn: "2026-01-20", provision: [{ id: "f1", text: "Support as needed" }] }],
});
const index = indexRecords(CASE, document);

function path(action: NextStepAction, records: string[] = []) {
  return nextStepPath(CASE, action, records, index);
}

function kindOf(url: string): string | null {
  return new URL(url, "https://clearpath.example").searchParams.get("kind");
}

describe("nextStepPath", () => {
  it("opens the letter builder at the letter that takes each step", () => {
    expect(path("request_provision_map")).toBe("/cases/case-1/letters?kind=provision_map_request");
    expect(path("request_review_meeting")).toBe(
      "/cases/case-1/letters?kind=review_meeting_request",
    );
    expect(path("request_referral")).toBe("/cases/case-1/letters?kind=referral_request");
    expect(path("ask_for_specific_provision")).toBe(
      "/cases/case-1/letters?kind=support_confirmation_request",
    );
    for (const action of [
      "ask_for_smart_targets",
      "ask_for_plan_change",
      "ask_for_recommendation_in_plan",
    ] as const) {
      expect(path(action), action).toBe("/cases/case-1/letters?kind=review_meeting_request");
    }
  });

  it("sends vague Section F in a draft or amended plan to the comments on that plan, and a final plan to an early review", () => {
    expect(path("respond_to_draft_plan", ["plan-1", "f1"])).toBe("/cases/case-1/letters?kind=draft_plan_response&plan=plan-1");
    expect(path("request_early_review", ["plan-1", "f1"])).toBe("/cases/case-1/letters?kind=early_review_request");
  });

  it("ticks the lines of support a delivery finding is about, and nothing else", () => {
    const url = path("request_session_records", ["p1", "c1", "s1"]);
    expect(url).toBe("/cases/case-1/letters?kind=session_records_request&provisionIds=p1");
    expect(path("request_session_records", ["unknown"])).toBe(
      "/cases/case-1/letters?kind=session_records_request",
    );
  });

  it("names only letters the registry knows", () => {
    const actions: NextStepAction[] = [
      "request_review_meeting",
      "request_session_records",
      "request_provision_map",
      "ask_for_smart_targets",
      "ask_for_specific_provision",
      "respond_to_draft_plan",
      "request_early_review",
      "request_referral",
      "ask_for_plan_change",
      "ask_for_recommendation_in_plan",
      "raise_informal_exclusion",
      "request_exclusion_notice",
      "request_sixth_day_education",
      "make_representations_to_governors",
      "request_timetable_review",
      "request_section_19",
      "request_restraint_record",
      "request_attendance_support",
    ];
    for (const action of actions)
      expect(findLetterTemplate(kindOf(path(action)) ?? ""), action).toBeDefined();
  });

  it("sends follow-ups to the meetings, the request to the letter builder, and deadlines to the journey", () => {
    expect(path("follow_up_actions")).toBe("/cases/case-1/meetings");
    expect(path("draft_ehcna_request")).toBe("/cases/case-1/letters?kind=ehcna_request");
    expect(path("view_deadlines")).toBe("/cases/case-1/journey");
  });
});

describe("nextStepPath for the school day", () => {
  it("opens the letter builder at the letter written for each school-day step", () => {
    expect(path("raise_informal_exclusion")).toBe("/cases/case-1/letters?kind=informal_exclusion_concern");
    expect(path("request_exclusion_notice")).toBe("/cases/case-1/letters?kind=exclusion_notice_request");
    expect(path("request_sixth_day_education")).toBe("/cases/case-1/letters?kind=sixth_day_education_request");
    expect(path("make_representations_to_governors")).toBe("/cases/case-1/letters?kind=governors_representations");
    expect(path("request_timetable_review")).toBe("/cases/case-1/letters?kind=part_time_timetable_review");
    expect(path("request_section_19")).toBe("/cases/case-1/letters?kind=section_19_request");
    expect(path("request_restraint_record")).toBe("/cases/case-1/letters?kind=restraint_record_request");
    expect(path("request_attendance_support")).toBe("/cases/case-1/letters?kind=attendance_support_request");
    expect(path("view_school_day")).toBe("/cases/case-1/school-day");
  });

  it("files each school-day record at its own page, and the estimate's note at the term dates", () => {
    const withSchoolDay = indexRecords(CASE, buildCaseDocument({ schoolDay: [{ id: "sd1", kind: "suspension", date: "2026-11-09" }] }));
    expect(withSchoolDay.get("sd1")).toEqual({ label: "Suspension, 9 November 2026", path: "/cases/case-1/school-day/sd1" });
    expect(withSchoolDay.get("school-terms")?.path).toBe("/cases/case-1/school-day/terms");
  });
});

describe("nextStepPath for the tribunal", () => {
  it("opens the letter to the Director at the appeal, and the bundle for the evidence and an old report", () => {
    expect(path("write_to_director", ["a1"])).toBe("/cases/case-1/letters?kind=order_compliance_chaser&appeal=a1");
    expect(findLetterTemplate(kindOf(path("write_to_director", ["a1"])) ?? "")).toBeDefined();
    expect(path("send_appeal_evidence", ["a1"])).toBe("/cases/case-1/appeals/a1/bundle");
    expect(path("check_expert_report", ["a1", "doc-1"])).toBe("/cases/case-1/appeals/a1/bundle");
  });

  it("files each appeal at its workspace", () => {
    const withAppeal = indexRecords(CASE, buildCaseDocument({ appeals: [{ id: "a1", appealType: "refusal_to_assess" }] }));
    expect(withAppeal.get("a1")).toEqual({ label: "Appeal: refusal to assess", path: "/cases/case-1/appeals/a1" });
  });
});

describe("screenPath and indexRecords", () => {
  it("turns a screen into an address", () => {
    expect(screenPath(CASE, "support_new", { canWrite: true })).toBe("/cases/case-1/support/new");
  });

  it("sends someone who may only read to the list of cycles, not the form for a new one", () => {
    expect(screenPath(CASE, "support_new", { canWrite: false })).toBe("/cases/case-1/support");
  });

  it("files a review under its cycle's page, which everyone who reads the case can open", () => {
    expect(index.get("r1")?.path).toBe("/cases/case-1/support/c1#review-heading");
  });

  it("files each provision line under its plan's provision page", () => {
    expect(index.get("p2")).toEqual({
      label: "Support: Lego therapy",
      path: "/cases/case-1/support/c1/provision",
    });
    expect(index.get("s1")?.path).toBe("/cases/case-1/support/c1/delivery");
  });
});
