import { describe, expect, it } from "vitest";
import { addAppealDateFormSchema, appealDetailsFormSchema, recordOrderFormSchema, startAppealFormSchema } from "./appeals";

const TODAY = "2026-04-20";
const date = (iso: string) => {
  const [year, month, day] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
};

function errorsOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe("starting an appeal", () => {
  it("starts a refusal to assess with a certificate date, ignoring any sections sent", () => {
    const schema = startAppealFormSchema({ today: TODAY, decisionType: "ehcna_refused" });
    expect(schema.parse({ sections: ["B"], wantsRecommendations: "yes", mediation: "certificate_after_advice", mediationCertificateOn: date("2026-04-10") })).toEqual({
      appealType: "refusal_to_assess",
      sections: [],
      wantsRecommendations: false,
      mediation: "certificate_after_advice",
      mediationCertificateOn: "2026-04-10",
    });
  });

  it("needs a section for a plan, and gives the type from the sections", () => {
    const schema = startAppealFormSchema({ today: TODAY, decisionType: "final_plan_issued" });
    expect(errorsOf(schema.safeParse({ mediation: "no_certificate_yet" }))).toEqual({ sections: "Choose at least one section of the plan you disagree with" });
    expect(schema.parse({ sections: ["I", "F"], wantsRecommendations: "yes", mediation: "no_certificate_yet" })).toMatchObject({
      appealType: "sections_b_f_i",
      sections: ["F", "I"],
      wantsRecommendations: true,
      mediationCertificateOn: null,
    });
  });

  it("lets only a Section I appeal go without mediation (R-APP-MEDIATION)", () => {
    const schema = startAppealFormSchema({ today: TODAY, decisionType: "final_plan_issued" });
    expect(schema.parse({ sections: ["I"], mediation: "not_needed_school_only" })).toMatchObject({ appealType: "section_i_only", mediation: "not_needed_school_only" });
    expect(errorsOf(schema.safeParse({ sections: ["B", "I"], mediation: "not_needed_school_only" }))).toEqual({
      mediation: "A certificate is needed unless the appeal is only about the school (Section I)",
    });
  });

  it("asks for the certificate's date, in the past, when there is a certificate", () => {
    const schema = startAppealFormSchema({ today: TODAY, decisionType: "ehcna_refused" });
    expect(errorsOf(schema.safeParse({ mediation: "certificate_after_mediation" }))).toEqual({
      mediationCertificateOn: "Enter the date on the mediation certificate, for example 10 4 2026",
    });
    expect(errorsOf(schema.safeParse({ mediation: "certificate_after_mediation", mediationCertificateOn: date("2026-05-01") }))).toEqual({
      mediationCertificateOn: "Date on the mediation certificate must be today or in the past",
    });
    expect(errorsOf(schema.safeParse({}))).toEqual({ mediation: "Choose where you are with mediation" });
  });

  it("drops a certificate date typed with 'no certificate yet'", () => {
    const schema = startAppealFormSchema({ today: TODAY, decisionType: "plan_ceased" });
    expect(schema.parse({ mediation: "no_certificate_yet", mediationCertificateOn: date("2026-04-01") }).mediationCertificateOn).toBeNull();
  });
});

describe("the appeal's details", () => {
  const schema = appealDetailsFormSchema({ today: TODAY, appealType: "refusal_to_assess" });
  const base = { intent: "details", status: "registered", submittedOn: date("2026-04-01"), registeredOn: date("2026-04-14"), tribunalReference: " EH123/26/00045 ", mediation: "certificate_after_advice", mediationCertificateOn: date("2026-03-20") };

  it("saves the status, dates and reference", () => {
    expect(schema.parse(base)).toEqual({
      intent: "details",
      status: "registered",
      submittedOn: "2026-04-01",
      registeredOn: "2026-04-14",
      tribunalReference: "EH123/26/00045",
      mediation: "certificate_after_advice",
      mediationCertificateOn: "2026-03-20",
    });
  });

  it("refuses a registration before the appeal was sent, and a registered appeal with no date sent", () => {
    expect(errorsOf(schema.safeParse({ ...base, registeredOn: date("2026-03-30") }))).toHaveProperty("registeredOn");
    expect(errorsOf(schema.safeParse({ ...base, submittedOn: {} }))).toEqual({ submittedOn: "Enter the date you sent the appeal, for example 28 4 2026" });
  });
});

describe("a directions date", () => {
  it("takes a date ahead of today and drops a name given to a kind that has its own", () => {
    expect(addAppealDateFormSchema.parse({ intent: "add-date", kind: "hearing", date: date("2026-09-15"), label: "Hearing day" })).toEqual({
      intent: "add-date",
      kind: "hearing",
      date: "2026-09-15",
      label: null,
      notes: null,
    });
  });

  it("needs a kind, a date, and a name for another date", () => {
    expect(errorsOf(addAppealDateFormSchema.safeParse({ intent: "add-date" }))).toEqual({
      kind: "Choose which date it is",
      date: "Enter the date, for example 27 3 2017",
    });
    expect(errorsOf(addAppealDateFormSchema.safeParse({ intent: "add-date", kind: "other", date: date("2026-06-01") }))).toHaveProperty("label");
  });
});

describe("the order", () => {
  const schema = recordOrderFormSchema({ today: "2027-01-20", appealType: "refusal_to_assess" });

  it("records an order with its kind and date, and marks the appeal decided", () => {
    expect(schema.parse({ intent: "record", outcome: "order", kind: "assess", madeOn: date("2027-01-15") })).toEqual({
      intent: "record",
      status: "decided",
      kind: "assess",
      madeOn: "2027-01-15",
      notOpposedOn: null,
      notes: null,
    });
  });

  it("records a concession as the order it amounts to, from the day the council said so", () => {
    expect(schema.parse({ intent: "record", outcome: "conceded", kind: "amend", notOpposedOn: date("2027-01-11") })).toEqual({
      intent: "record",
      status: "conceded",
      kind: "assess",
      madeOn: "2027-01-11",
      notOpposedOn: "2027-01-11",
      notes: null,
    });
  });

  it("asks for what is missing", () => {
    expect(errorsOf(schema.safeParse({ intent: "record" }))).toEqual({ outcome: "Choose what happened" });
    expect(errorsOf(schema.safeParse({ intent: "record", outcome: "order" }))).toEqual({
      kind: "Choose what the tribunal ordered",
      madeOn: "Enter the date on the order, for example 15 1 2027",
    });
    expect(errorsOf(schema.safeParse({ intent: "record", outcome: "conceded" }))).toHaveProperty("notOpposedOn");
  });
});
