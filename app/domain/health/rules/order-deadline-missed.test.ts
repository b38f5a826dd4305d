import { describe, expect, it } from "vitest";
import { buildAppealCase } from "../../reminders/appeal.fixture";
import { checkCase } from "../check-case";

const find = (document: ReturnType<typeof buildAppealCase>, today: string) => checkCase(document, today).findings.filter((finding) => finding.code === "order_deadline_missed");
const ORDER = { status: "decided", order: { id: "o1", kind: "assess", madeOn: "2027-01-15" } } as const;

describe("order_deadline_missed", () => {
  it("finds nothing while the order's first date is still ahead, or on the day itself", () => {
    expect(find(buildAppealCase(ORDER), "2027-01-29")).toEqual([]);
  });

  it("finds the council's missed step the day after, with the order, the rules and the letter to the Director as next step", () => {
    const [finding] = find(buildAppealCase(ORDER), "2027-01-30");
    expect(finding).toMatchObject({
      severity: "high",
      records: ["a1"],
      rules: ["R-TRIB-COMPLY", "R-TRIB-NONCOMPLY"],
      nextStep: { action: "write_to_director", label: "Write to the Director of Children's Services" },
    });
    expect(finding!.explanation).toContain("The tribunal's order of 15 January 2027 (assess) meant the council had to tell you it will assess your child's needs by 29 January 2027.");
    expect(finding!.explanation).toContain("(R-TRIB-COMPLY: partly checked against the law's own text.)");
    expect(finding!.explanation).toContain("The tribunal cannot make the council act.");
  });

  it("lists every missed step in one finding per appeal", () => {
    const [finding] = find(buildAppealCase(ORDER), "2027-04-24");
    expect(finding!.explanation).toContain("tell you it will assess your child's needs by 29 January 2027, tell you no plan is needed by 26 March 2027 and issue the final EHC plan by 23 April 2027");
  });

  it("finds nothing once the council's step is recorded on or after the order", () => {
    expect(find(buildAppealCase(ORDER, [{ id: "e1", type: "ehcna_agreed", date: "2027-01-27" }]), "2027-02-10")).toEqual([]);
  });

  it("never calls a date to aim for missed: reconsidering rests on secondary sources only (decision 139)", () => {
    expect(find(buildAppealCase({ status: "decided", order: { id: "o1", kind: "reconsider", madeOn: "2027-01-15" } }), "2027-03-01")).toEqual([]);
  });

  it("holds a conceded appeal to reg 45, from the day the council said it would not oppose", () => {
    const conceded = buildAppealCase({ status: "conceded", order: { id: "o1", kind: "assess", madeOn: "2027-03-01", notOpposedOn: "2027-03-01" } });
    expect(find(conceded, "2027-03-15")).toEqual([]);
    const [finding] = find(conceded, "2027-03-16");
    expect(finding!.rules).toEqual(["R-TRIB-UNOPPOSED", "R-TRIB-NONCOMPLY"]);
    expect(finding!.explanation).toContain("The council told the tribunal on 1 March 2027 that it would not oppose the appeal, so it had to tell you it will assess your child's needs by 15 March 2027.");
  });
});
