import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";
import { cite } from "./case-facts";
import { suggestRecipient } from "./recipient";
import { listDraftDocuments, warnOfDrafts } from "./templates/ehcna-request";
import { buildLetter, findLetterTemplate } from "./registry";

const TODAY = "2026-03-12";
const template = findLetterTemplate("ehcna_request")!;

/** Robin: needs in one area, a diagnosis, two plans (the first found limited progress), measurements and documents. */
function robin(overrides: Partial<CaseDocumentInput> = {}) {
  return buildCaseDocument({
    child: {
      name: "Robin Hale",
      dateOfBirth: "2017-03-27",
      school: "Hill Top Primary",
      yearGroup: "Year 3",
      views: "I like Lego. Reading is hard.",
    },
    needs: [
      {
        id: "n1",
        area: "communication_interaction",
        signs: ["ci_routines", "ci_friendships"],
        otherSigns: "Covers ears in the hall",
        impact: "a_great_deal",
        since: "2024-09-01",
      },
      { id: "n2", area: "cognition_learning" },
    ],
    diagnoses: [{ id: "d1", name: "Autism", date: "2025-06-01" }],
    cycles: [
      {
        id: "c1",
        startDate: "2025-09-01",
        provision: [{ id: "p0", what: "Phonics catch-up group" }],
        sessions: [{ id: "s0", provisionId: "p0", date: "2025-09-08", status: "held" }],
        review: { id: "r1", date: "2025-12-01", overallProgress: "limited" },
      },
      {
        id: "c2",
        startDate: "2026-01-05",
        provision: [{ id: "p1", what: "Lego therapy", sessionsPerWeek: 1, durationMinutes: 30 }],
        sessions: [
          { id: "s1", provisionId: "p1", date: "2026-01-06", status: "held" },
          { id: "s2", provisionId: "p1", date: "2026-01-13", status: "cancelled" },
          { id: "s3", provisionId: "p1", date: "2026-01-20", status: "unknown" },
          { id: "s4", provisionId: "p1", date: "2026-01-27", status: "held" },
          { id: "s5", provisionId: "p1", date: "2026-04-01", status: "cancelled" },
        ],
      },
      { id: "c3", startDate: "2026-09-01", provision: [{ id: "p9", what: "Next year's plan" }] },
    ],
    measurements: [
      { id: "m1", kind: "reading_age", label: "Reading age", date: "2025-09-10", value: 80 },
      { id: "m2", kind: "reading_age", label: "Reading age", date: "2026-02-10", value: 84 },
      {
        id: "m3",
        kind: "standardised_score",
        label: "Single word reading",
        date: "2026-02-10",
        value: 78,
      },
      {
        id: "m4",
        kind: "wellbeing",
        label: "Happy at school",
        date: "2026-02-11",
        value: 2,
        unit: "out of 5",
      },
      {
        id: "m5",
        kind: "other",
        label: "Spelling test",
        date: "2026-01-11",
        value: 4,
        expectedValue: 10,
      },
      { id: "m6", kind: "other", label: "Future test", date: "2026-05-01", value: 1 },
    ],
    documents: [
      { id: "doc1", title: "Educational psychologist's report", date: "2026-01-20" },
      { id: "doc2", title: "School report" },
      { id: "doc3", title: "SEN support plan", date: "2025-09-01" },
    ],
    ...overrides,
  });
}

function write(options: Record<string, string | string[] | null>, document = robin()) {
  return buildLetter("ehcna_request", document, options, TODAY);
}

describe("ehcna_request: the template", () => {
  it("goes to the local authority, and the council has 6 weeks by law to decide", () => {
    expect(template.audience).toBe("local_authority");
    expect(template.reply).toEqual({
      kind: "rule",
      ruleId: "R-EHCNA-DECIDE",
      periodName: "main",
      description: "6 weeks",
    });
    expect(template.whenToUse).toContain(
      "You do not need a diagnosis, the school's agreement or a set number of support cycles.",
    );
  });

  it("asks who is making the request, the parent unless the young person is 16 or over", () => {
    const requester = (dateOfBirth: string | null) =>
      template.options(robin({ child: { name: "Robin Hale", dateOfBirth } }), TODAY)[0];
    expect(requester(null)).toMatchObject({
      kind: "choice",
      name: "requester",
      defaultValue: "parent",
    });
    expect(requester("2010-03-13")).toMatchObject({ defaultValue: "parent" }); // 16 tomorrow
    expect(requester("2010-03-12")).toMatchObject({ defaultValue: "young_person" });
    expect(requester("2017-03-27")).toMatchObject({ defaultValue: "parent" });
  });

  it("offers the case's documents to tick as enclosures, oldest first and none ticked", () => {
    const field = template.options(robin(), TODAY).find((f) => f.name === "documentIds");
    expect(field).toMatchObject({ kind: "checkboxes", required: false, defaultValue: [] });
    expect(field?.kind === "checkboxes" && field.choices).toEqual([
      { value: "doc2", label: "School report" },
      { value: "doc3", label: "SEN support plan (1 September 2025)" },
      { value: "doc1", label: "Educational psychologist's report (20 January 2026)" },
    ]);
  });

  it("warns before a draft is enclosed: a draft EHC plan's file, or a document titled or tagged draft", () => {
    const document = robin({
      documents: [
        { id: "doc1", title: "Educational psychologist's report", date: "2026-01-20" },
        { id: "doc4", title: "Northshire plan", date: "2026-03-01" },
        { id: "doc5", title: "Draft speech report" },
        { id: "doc6", title: "Notes", tags: ["Draft"] },
      ],
      ehcPlans: [{ id: "plan1", stage: "draft", documentId: "doc4" }],
    });
    expect(listDraftDocuments(document).map((item) => item.id)).toEqual(["doc4", "doc5", "doc6"]);
    const field = template.options(document, TODAY).find((f) => f.name === "documentIds");
    expect(field?.hint).toContain('Take care: "Northshire plan", "Draft speech report" and "Notes" are drafts. A draft can change');
    expect(field?.kind === "checkboxes" && field.choices.map((choice) => choice.label)).toEqual([
      "Draft speech report: a draft",
      "Notes: a draft",
      "Educational psychologist's report (20 January 2026)",
      "Northshire plan (1 March 2026): a draft",
    ]);
    expect(warnOfDrafts(["Draft EHC plan"])).toMatch(/^Take care: "Draft EHC plan" is a draft\./);
    // A case with no drafts has no warning.
    expect(template.options(robin(), TODAY).find((f) => f.name === "documentIds")?.hint).not.toContain("draft");
  });

  it("leaves out the documents question when the case has none", () => {
    const names = template.options(robin({ documents: [] }), TODAY).map((f) => f.name);
    expect(names).toEqual(["requester", "otherEvidence", "views"]);
  });
});

describe("ehcna_request: the parent's letter", () => {
  const draft = write({
    requester: "parent",
    documentIds: ["doc1", "doc2"],
    otherEvidence: "- My diary of mornings\n\nPhotos of homework",
    views: "Robin comes home exhausted.",
  });

  it("asks the council for an assessment, citing who may ask and the legal test", () => {
    expect(draft.subject).toBe("Request for an EHC needs assessment for Robin Hale");
    expect(draft.body).toContain(
      `I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for Robin. As Robin's parent, I can make this request (${cite("R-EHCNA-WHO", TODAY)}).`,
    );
    expect(draft.body).toContain(
      `has or may have special educational needs, and it may be necessary for special educational provision to be made for them through an EHC plan (Children and Families Act 2014, section 36(8)). This is the only legal test.`,
    );
    expect(draft.citations).toEqual([
      "R-EHCNA-WHO",
      "R-EHCNA-TEST",
      "R-EHCNA-NOT-NEEDED",
      "R-EHCNA-DECIDE",
      "R-EHCNA-REFUSAL-NOTICE",
      "R-APP-WHAT",
    ]);
  });

  it("says section 36(8) is the only test and a higher threshold is unlawful (R-EHCNA-TEST)", () => {
    expect(draft.body).toContain(
      "This is the only legal test. A council that asks for more than this, such as a higher threshold of need, a set level of attainment or a diagnosis, is applying the wrong test, which is unlawful.",
    );
  });

  it("says the family can appeal a refusal to assess (R-APP-WHAT, R-EHCNA-REFUSAL-NOTICE)", () => {
    expect(draft.body).toContain(
      `If the council decides not to carry out an assessment, it must give its reasons in writing and tell me about my right to appeal (${cite("R-EHCNA-REFUSAL-NOTICE", TODAY)}). I understand that I can appeal a refusal to the First-tier Tribunal (Special Educational Needs and Disability) (${cite("R-APP-WHAT", TODAY)}).`,
    );
  });

  it("summarises the needs by area, with their signs (the parent's words as typed), since the month given, and the diagnoses", () => {
    expect(draft.body).toContain(
      "Robin's needs:\n• Communication and interaction: relies heavily on routines; finds it hard to make or keep friends; Covers ears in the hall; since September 2024; effect on daily life: a great deal\n• Cognition and learning\n\n",
    );
    expect(draft.body).toContain("Robin has been diagnosed with:\n• Autism (1 June 2025)");
  });

  it("describes the support given: since when, how many plans, the current lines, delivery and reviews", () => {
    expect(draft.body).toContain(
      "Robin has had SEN support since 1 September 2025, under 2 plans. The current plan, which started on 5 January 2026, includes:\n• Lego therapy; once a week; 30 minutes a session",
    );
    expect(draft.body).not.toContain("Next year's plan");
    // Held or cancelled by today: 3 held, 1 cancelled; the unknown and the future session are left out.
    expect(draft.body).toContain(
      "Of the 4 sessions of support recorded as held or cancelled, 3 took place (75%).",
    );
    expect(draft.body).toContain(
      "The reviews of this support found:\n• 1 December 2025: progress less than expected",
    );
    expect(draft.body).toContain(
      "The last review found that Robin's progress was limited, despite the support in place.",
    );
  });

  it("gives the latest measurement of each series, with the value expected for age", () => {
    expect(draft.body).toContain(
      "The latest measurements of Robin's progress:\n• Happy at school: 2 out of 5 on 11 February 2026\n• Reading age: 7 years on 10 February 2026 (expected for age: 8 years 10 months)\n• Single word reading: 78 on 10 February 2026 (expected for age: 100)\n• Spelling test: 4 on 11 January 2026 (expected for age: 10)",
    );
    expect(draft.body).not.toContain("6 years 8 months"); // the older reading age
    expect(draft.body).not.toContain("Future test");
  });

  it("says why a plan may be necessary, and that no diagnosis, school agreement or minimum support is needed", () => {
    expect(draft.body).toContain(
      "I believe Robin's needs cannot be met well enough through SEN support alone, and that special educational provision may need to be made through an EHC plan.",
    );
    expect(draft.body).toContain(
      `I understand that a diagnosis is not needed, that the school does not have to agree to or make this request, and that there is no minimum number of cycles of SEN support before a request can be made (${cite("R-EHCNA-NOT-NEEDED", TODAY)}).`,
    );
  });

  it("gives the parent's views and the child's own", () => {
    expect(draft.body).toContain("My views as a parent:\nRobin comes home exhausted.");
    expect(draft.body).toContain("Robin's views:\nI like Lego. Reading is hard.");
  });

  it("lists the ticked documents, oldest first, then the other evidence a line each", () => {
    expect(draft.body).toContain(
      "I enclose copies of the following evidence:\n• School report\n• Educational psychologist's report (20 January 2026)\n• My diary of mornings\n• Photos of homework\n\n",
    );
    expect(draft.body).not.toContain("SEN support plan (1 September 2025)");
  });

  it("asks for a decision within 6 weeks, citing the regulation", () => {
    expect(draft.replyWithinDays).toBeNull();
    expect(draft.body).toContain(
      `within 6 weeks of receiving this request at the latest (${cite("R-EHCNA-DECIDE", TODAY)})`,
    );
  });
});

describe("ehcna_request: other cases", () => {
  it("is written by the young person in the first person when they make the request", () => {
    const draft = write({ requester: "young_person", views: "I want to go to college." });
    expect(draft.subject).toBe("Request for an EHC needs assessment: Robin Hale");
    expect(draft.body.split("\n\n")[0]).toBe(
      "My name is Robin Hale and my date of birth is 27 March 2017. I am in Year 3 at Hill Top Primary.",
    );
    expect(draft.body).toContain(
      "needs assessment of my needs. As a young person, I can make this request myself",
    );
    expect(draft.body).toContain("I believe I meet this test");
    expect(draft.body).toContain("My needs:\n• Communication");
    expect(draft.body).toContain("I have been diagnosed with:");
    expect(draft.body).toContain("I have had SEN support since 1 September 2025");
    expect(draft.body).toContain("The latest measurements of my progress:");
    expect(draft.body).toContain("My views:\nI want to go to college.");
    expect(draft.body).toContain("What matters to me:\nI like Lego. Reading is hard.");
    expect(draft.body).not.toMatch(/Robin's|my child|Robin has|Robin meets/);
  });

  it("says so when there is no plan of SEN support yet, and leaves out what is not recorded", () => {
    const draft = write(
      {},
      buildCaseDocument({ child: { name: "Sam Lee", school: "Oak School" } }),
    );
    expect(draft.body).toContain("Sam does not yet have a written plan of SEN support at school.");
    expect(draft.body).not.toMatch(/needs:|diagnosed|sessions|reviews|measurements|views|enclose/);
    expect(draft.body).toContain("I understand that a diagnosis is not needed");
    const young = write(
      { requester: "young_person" },
      buildCaseDocument({ child: { name: "Sam Lee", yearGroup: "Year 12" } }),
    );
    expect(young.body.split("\n\n")[0]).toBe("My name is Sam Lee. I am in Year 12.");
    expect(young.body).toContain("I do not yet have a written plan of SEN support.");
  });

  it("ignores ticked ids that are not the case's documents", () => {
    const draft = write({ documentIds: ["doc3", "someone-elses"] });
    expect(draft.body).toContain(
      "I enclose copies of the following evidence:\n• SEN support plan (1 September 2025)\n\n",
    );
  });
});

describe("suggestRecipient", () => {
  it("addresses the SEND team at the council, leaving the council to the parent", () => {
    expect(suggestRecipient("local_authority", robin())).toEqual({
      name: null,
      address: "The SEND team",
    });
  });

  it("addresses the SENCO at the school", () => {
    const document = robin({
      child: { name: "Robin Hale", school: "Hill Top Primary", senco: { name: "Mr Dev Patel" } },
    });
    expect(suggestRecipient("school", document)).toEqual({
      name: "Mr Dev Patel",
      address: "Hill Top Primary",
    });
    expect(suggestRecipient("school", buildCaseDocument({ child: { name: "Sam" } }))).toEqual({
      name: null,
      address: null,
    });
  });
});
