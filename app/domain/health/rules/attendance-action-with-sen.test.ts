import { describe, expect, it } from "vitest";
import { findSchoolDay } from "../school-day.fixture";

const NEEDS = { needs: [{ id: "n1", area: "cognition_learning" as const }] };
const NOTICE = { id: "pn", kind: "penalty_notice", date: "2026-11-02", amount: 80 } as const;
const LETTER = { id: "al", kind: "attendance_letter", date: "2026-10-05" } as const;

describe("attendance_action_with_sen", () => {
  it("finds a penalty notice for a child with recorded needs, with the days to pay and support first", () => {
    const [finding] = findSchoolDay("attendance_action_with_sen", [NOTICE], "2026-11-10", {
      extra: NEEDS,
    });
    expect(finding).toMatchObject({
      severity: "high",
      records: ["pn"],
      rules: ["R-DAY-ATT-SEND", "R-DAY-PENALTY"],
      nextStep: { action: "request_attendance_support" },
    });
    expect(finding!.explanation).toContain("a penalty notice (2 November 2026)");
    expect(finding!.explanation).toContain("Pay the penalty notice at £80: by 22 November 2026.");
    expect(finding!.explanation).toContain(
      "Pay the penalty notice at £160: by 29 November 2026 (how this period is counted is not yet checked).",
    );
    expect(finding!.explanation).toContain(
      "(R-DAY-ATT-SEND: not yet checked against the law's own text.)",
    );
  });

  it("finds a letter about attendance as less serious", () => {
    const [finding] = findSchoolDay("attendance_action_with_sen", [LETTER], "2026-11-10", {
      extra: NEEDS,
    });
    expect(finding).toMatchObject({ severity: "medium", rules: ["R-DAY-ATT-SEND"] });
  });

  it("counts an EHC plan or SEN support as recorded needs", () => {
    expect(
      findSchoolDay("attendance_action_with_sen", [LETTER], "2026-11-10", {
        extra: { ehcPlans: [{ id: "p", stage: "final" }] },
      }),
    ).toHaveLength(1);
    expect(
      findSchoolDay("attendance_action_with_sen", [LETTER], "2026-11-10", {
        extra: { cycles: [{ id: "c", startDate: "2026-09-07" }] },
      }),
    ).toHaveLength(1);
  });

  it("finds nothing for a child with no needs recorded, or when nothing is recent", () => {
    expect(findSchoolDay("attendance_action_with_sen", [NOTICE], "2026-11-10")).toEqual([]);
    expect(
      findSchoolDay("attendance_action_with_sen", [NOTICE], "2027-06-01", { extra: NEEDS }),
    ).toEqual([]);
  });

  it("leaves the payment dates out once they have passed", () => {
    const [finding] = findSchoolDay("attendance_action_with_sen", [NOTICE], "2026-12-01", {
      extra: NEEDS,
    });
    expect(finding!.explanation).not.toContain("Pay the penalty");
  });
});
