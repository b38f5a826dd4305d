import { describe, expect, it } from "vitest";
import { buildAppealCase } from "../reminders/appeal.fixture";
import { cite } from "./case-facts";
import { describeRecipientHints, suggestRecipient } from "./recipient";
import { buildLetter, findLetterTemplate } from "./registry";

const template = findLetterTemplate("order_compliance_chaser")!;
const ORDER = { status: "decided", tribunalReference: "EH123/27/00045", order: { id: "o1", kind: "assess", madeOn: "2027-01-15" } } as const;

describe("the letter to the Director of Children's Services about a tribunal order", () => {
  it("goes to the Director, named from the council's website if the parent adds a name", () => {
    expect(template.audience).toBe("director_of_childrens_services");
    expect(suggestRecipient("director_of_childrens_services", buildAppealCase())).toEqual({ name: null, address: "The Director of Children's Services" });
    expect(describeRecipientHints("director_of_childrens_services").name).toContain("Dear Sir or Madam");
  });

  it("states the order, its date, each deadline with what is missing, and the law", () => {
    const document = buildAppealCase(ORDER, [{ id: "e1", type: "ehcna_agreed", date: "2027-01-26" }]);
    const draft = buildLetter("order_compliance_chaser", document, { appeal: "a1" }, "2027-03-30");
    expect(draft.subject).toBe("Sam Reed: the tribunal's order of 15 January 2027 has not been carried out");
    expect(draft.body).toContain("about the SEND Tribunal's order of 15 January 2027 in Sam's appeal (refusal to assess, tribunal reference EH123/27/00045). The tribunal ordered the council to assess.");
    expect(draft.body).toContain(
      [
        "This meant the council had to:",
        "• tell me it will assess my child's needs by 29 January 2027: done on 26 January 2027",
        "• tell me no plan is needed by 26 March 2027: this date has passed, and nothing has reached me",
        "• issue the final EHC plan by 23 April 2027: still to come",
      ].join("\n"),
    );
    expect(draft.body).toContain(cite("R-TRIB-COMPLY", "2027-03-30"));
    expect(draft.citations).toEqual(["R-TRIB-COMPLY", "R-TRIB-NONCOMPLY"]);
  });

  it("says calmly what the family will do next: complaint, the Ombudsman, the Secretary of State, judicial review", () => {
    const draft = buildLetter("order_compliance_chaser", buildAppealCase(ORDER), {}, "2027-02-01");
    expect(draft.body).toContain("within 10 days of the date of this letter (by 11 February 2027)");
    expect(draft.body).toContain("The tribunal cannot make the council act.");
    for (const route of ["formal complaint", "Local Government and Social Care Ombudsman", "Secretary of State for Education", "judicial review", "letter before claim"])
      expect(draft.body).toContain(route);
    expect(draft.body).toContain(cite("R-TRIB-NONCOMPLY", "2027-02-01"));
  });

  it("states only deadlines: a date to aim for is not put to the council as what the law requires (decision 139)", () => {
    const reconsider = buildAppealCase({ status: "decided", order: { id: "o1", kind: "reconsider", madeOn: "2027-01-15" } });
    const draft = buildLetter("order_compliance_chaser", reconsider, {}, "2027-03-01");
    expect(draft.body).not.toContain("This meant the council had to");
    expect(draft.body).not.toContain("29 January 2027");
  });

  it("holds a conceded appeal to reg 45, from the day the council said it would not oppose", () => {
    const conceded = buildAppealCase({ status: "conceded", order: { id: "o1", kind: "assess", madeOn: "2027-03-01", notOpposedOn: "2027-03-01" } });
    const draft = buildLetter("order_compliance_chaser", conceded, {}, "2027-03-20");
    expect(draft.subject).toBe("Sam Reed: the tribunal's order of 1 March 2027 has not been carried out");
    expect(draft.body).toContain("the council told the tribunal on 1 March 2027 that it would not oppose the appeal");
    expect(draft.body).toContain("• tell me it will assess my child's needs by 15 March 2027: this date has passed, and nothing has reached me");
    expect(draft.citations).toEqual(["R-TRIB-UNOPPOSED", "R-TRIB-NONCOMPLY"]);
  });

  it("offers the appeals with an order, a missed date first, and asks for the order in words when none is recorded", () => {
    const fields = template.options(buildAppealCase(ORDER), "2027-02-01");
    expect(fields[0]).toMatchObject({ name: "appeal", kind: "choice", defaultValue: "a1" });
    const none = template.options(buildAppealCase(), "2027-02-01");
    expect(none.map((field) => field.name)).toEqual(["details"]);
    expect(none[0]).toMatchObject({ required: true });
    const draft = buildLetter("order_compliance_chaser", buildAppealCase(), { details: "The order of 4 January said the council must assess." }, "2027-02-01");
    expect(draft.body).toContain("The order of 4 January said the council must assess.");
  });
});
