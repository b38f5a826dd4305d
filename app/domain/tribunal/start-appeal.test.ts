import { describe, expect, it } from "vitest";
import { APPEAL_TYPES } from "../codes/tribunal";
import { DECISION_TYPES } from "../statutory/decisions";
import { appealTypeOf, canAskForRecommendations, decisionAppealOf, mediationStepsFor, sectionsFor } from "./start-appeal";

describe("the appeal type of a decision", () => {
  it.each([
    ["ehcna_refused", "refusal_to_assess"],
    ["reassessment_refused", "refusal_to_reassess"],
    ["ehcp_refused", "refusal_to_issue"],
    ["plan_ceased", "cease"],
  ] as const)("gives %s the type %s, whatever sections are sent", (decision, type) => {
    expect(appealTypeOf(decision, [])).toBe(type);
    expect(appealTypeOf(decision, ["B", "I"])).toBe(type);
  });

  it("gives a final plan the type of the sections chosen", () => {
    expect(appealTypeOf("final_plan_issued", ["B"])).toBe("sections_b_f");
    expect(appealTypeOf("final_plan_issued", ["B", "F"])).toBe("sections_b_f");
    expect(appealTypeOf("final_plan_issued", ["I"])).toBe("section_i_only");
    expect(appealTypeOf("amended_plan_issued", ["F", "I"])).toBe("sections_b_f_i");
    expect(appealTypeOf("annual_review_decision_issued", ["B", "F", "I"])).toBe("sections_b_f_i");
  });

  it("gives no type for a plan appeal with no section chosen", () => {
    expect(appealTypeOf("ehcp_final_issued", [])).toBeNull();
  });

  it("gives no type for an event that is not an appealable decision", () => {
    expect(appealTypeOf("request_received", ["B"])).toBeNull();
    expect(decisionAppealOf("mediation_certificate_issued")).toBeNull();
  });

  it("knows every decision the statutory page lists as appealable", () => {
    for (const type of DECISION_TYPES) expect(decisionAppealOf(type), type).not.toBeNull();
  });
});

describe("the sections kept", () => {
  it("keeps sections only for an appeal about the plan, in B, F, I order", () => {
    expect(sectionsFor("sections_b_f_i", ["I", "B"])).toEqual(["B", "I"]);
    expect(sectionsFor("refusal_to_assess", ["B"])).toEqual([]);
  });
});

describe("the mediation steps offered (R-APP-MEDIATION)", () => {
  it("offers 'not needed' only for an appeal about Section I alone", () => {
    for (const type of APPEAL_TYPES) {
      expect(mediationStepsFor(type).includes("not_needed_school_only"), type).toBe(type === "section_i_only");
    }
    expect(mediationStepsFor(null)).not.toContain("not_needed_school_only");
  });

  it("always offers a certificate and 'not yet'", () => {
    expect(mediationStepsFor("cease")).toEqual(["certificate_after_advice", "certificate_after_mediation", "no_certificate_yet"]);
  });
});

describe("recommendations on health and social care (R-APP-NATIONAL-TRIAL)", () => {
  it("can be asked for about a plan, not about a refusal to assess", () => {
    expect(canAskForRecommendations("sections_b_f")).toBe(true);
    expect(canAskForRecommendations("refusal_to_issue")).toBe(true);
    expect(canAskForRecommendations("refusal_to_assess")).toBe(false);
  });
});
