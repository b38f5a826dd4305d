import { describe, expect, it } from "vitest";
import { buildCaseDocument } from "../case/build-case-document";
import type { CaseDocumentInput } from "../case/case-document";
import { cite } from "./case-facts";
import { suggestRecipient } from "./recipient";
import { buildLetter, findLetterTemplate } from "./registry";
import { deadlineRef, listCaseDeadlines, listChaseableDeadlines, OTHER_MATTER } from "./statutory-facts";

const TODAY = "2026-08-02";

function caseWith(statutoryEvents: CaseDocumentInput["statutoryEvents"], extra: Partial<CaseDocumentInput> = {}) {
  return buildCaseDocument({ child: { name: "Jo Fairweather", school: "Brook Lane School" }, statutoryEvents, ...extra });
}

/** A request received on 1 June 2026 and nothing since: the 6-week decision was due 13 July. */
const late = caseWith([{ id: "e1", type: "ehcna_request_received", date: "2026-06-01" }]);

function optionsOf(kind: string, document: ReturnType<typeof caseWith>) {
  return findLetterTemplate(kind)!.options(document, TODAY);
}

describe("the council's time limits a letter can be about", () => {
  it("lists the late and nearly due ones the council owes, oldest first, never the family's own", () => {
    const document = caseWith([
      { id: "e1", type: "ehcna_request_received", date: "2026-06-01" },
      { id: "e2", type: "ehcna_refused", date: "2026-07-01" },
      { id: "e3", type: "draft_plan_issued", date: "2026-07-25" },
    ]);
    const keys = listChaseableDeadlines(document, TODAY).map((deadline) => deadline.key);
    expect(keys).not.toContain("appeal");
    expect(keys).not.toContain("draft_plan_comments");
    expect(listCaseDeadlines(document, TODAY).map((deadline) => deadline.key)).toContain("appeal");
  });

  it("names each one by its key and the event it is counted from", () => {
    const [deadline] = listChaseableDeadlines(late, TODAY);
    expect(deadlineRef(deadline!)).toBe("ehcna_decision:e1");
  });
});

describe("chasing a late decision", () => {
  it("offers the missed decision first, and says how late it is and what the law says", () => {
    const [field] = optionsOf("deadline_chaser", late);
    expect(field).toMatchObject({ kind: "choice", defaultValue: "ehcna_decision:e1" });
    const draft = buildLetter("deadline_chaser", late, { deadline: "ehcna_decision:e1", details: null }, TODAY);
    expect(draft.subject).toBe("Jo Fairweather: decision on whether to assess — time limit missed");
    expect(draft.body).toContain("On 1 June 2026: request for an EHC needs assessment received by the council.");
    expect(draft.body).toContain("was 13 July 2026, 20 days ago");
    expect(draft.body).toContain(cite("R-EHCNA-DECIDE", "2026-06-01"));
    expect(draft.body).toContain("by 12 August 2026");
    expect(draft.citations).toEqual(["R-EHCNA-DECIDE", "R-CMP-LGSCO"]);
  });

  it("still writes a letter when nothing is late on the timeline", () => {
    const empty = caseWith([]);
    const [field] = optionsOf("deadline_chaser", empty);
    expect(field).toMatchObject({ defaultValue: OTHER_MATTER });
    const draft = buildLetter("deadline_chaser", empty, { deadline: OTHER_MATTER, details: "Our reference is SEN/123." }, TODAY);
    expect(draft.body).toContain("Our reference is SEN/123.");
    expect(draft.body).not.toMatch(/undefined|null/);
  });
});

describe("complaining", () => {
  it("complains to the council about a missed time limit, with what the family wants", () => {
    const draft = buildLetter(
      "la_complaint",
      late,
      { about: "ehcna_decision:e1", details: "I phoned on 20 July and was told the panel had not met.", wanted: "Send the decision by 16 August." },
      TODAY,
    );
    expect(draft.body).toContain("formal complaint");
    expect(draft.body).toContain("I phoned on 20 July");
    expect(draft.body).toContain("Send the decision by 16 August.");
    expect(draft.citations).toContain("R-CMP-LGSCO");
    expect(draft.citations).not.toContain("R-EHCP-DUTY");
  });

  it("complains about Section F provision that is not given, citing the council's duty", () => {
    const draft = buildLetter("la_complaint", caseWith([]), { about: "provision", details: "No speech therapy since March.", wanted: null }, TODAY);
    expect(draft.subject).toContain("EHC plan provision");
    expect(draft.body).toContain(cite("R-EHCP-DUTY", TODAY));
    expect(draft.body).toContain("arrange the missing provision straight away");
  });

  it("goes to the Ombudsman, addressed to it, with the council's answer and the harm done", () => {
    const template = findLetterTemplate("ombudsman_complaint")!;
    expect(suggestRecipient(template.audience, late).address).toBe("Local Government and Social Care Ombudsman");
    const fields = template.options(late, TODAY).filter((field) => field.kind === "text" && field.required);
    expect(fields.map((field) => field.name)).toEqual(["details", "councilComplaint", "impact"]);
    const draft = buildLetter(
      "ombudsman_complaint",
      late,
      { about: "ehcna_decision:e1", details: "No decision.", councilComplaint: "Complained on 1 August; no reply.", impact: "Jo has been out of school.", wanted: null },
      TODAY,
    );
    expect(draft.body).toContain("Complained on 1 August; no reply.");
    expect(draft.body).toContain("Jo has been out of school.");
    expect(draft.citations[0]).toBe("R-CMP-LGSCO");
  });
});

describe("asking for the reasons for a decision", () => {
  it("offers the recorded decisions, newest first, and gives the appeal date", () => {
    const document = caseWith([
      { id: "e1", type: "ehcna_request_received", date: "2026-05-01" },
      { id: "e2", type: "ehcna_refused", date: "2026-06-10" },
    ]);
    const [field] = optionsOf("decision_reasons_request", document);
    expect(field).toMatchObject({ kind: "choice", defaultValue: "e2" });
    const draft = buildLetter("decision_reasons_request", document, { decision: "e2", details: null }, TODAY);
    expect(draft.body).toContain("refusal to carry out an EHC needs assessment, dated 10 June 2026");
    expect(draft.body).toContain("must be made by 10 August 2026");
  });

  it("asks about an unrecorded decision in general words", () => {
    const draft = buildLetter("decision_reasons_request", caseWith([]), { decision: OTHER_MATTER, details: null }, TODAY);
    expect(draft.body).toContain("the council's recent decision");
    expect(draft.body).toContain("as the time to appeal is limited");
  });
});

describe("asking for an early review", () => {
  it("names the plan in force and the reasons ticked", () => {
    const document = caseWith([], {
      ehcPlans: [
        { id: "p1", stage: "draft", issuedOn: "2025-01-10" },
        { id: "p2", stage: "final", issuedOn: "2025-03-01" },
      ],
    });
    const draft = buildLetter("early_review_request", document, { reasons: ["not_working", "placement"], details: null }, TODAY);
    expect(draft.body).toContain("EHC plan, issued on 1 March 2025");
    expect(draft.body).toContain("• The support in the plan is not working");
    expect(draft.body).toContain("• The school or college placement is at risk or breaking down");
  });
});

describe("responding to a draft plan", () => {
  const document = caseWith([{ id: "d", type: "draft_plan_issued", date: "2026-07-25" }], {
    ehcPlans: [
      {
        id: "p",
        stage: "draft",
        issuedOn: "2026-07-25",
        needs: [
          { id: "b1", text: "Jo finds reading hard.", area: "cognition_learning" },
          { id: "b2", text: "Jo is anxious at school.", area: "semh" },
        ],
        outcomes: [{ id: "e1", text: "By July 2027 Jo will read a chapter book.", area: "cognition_learning" }],
        provision: [
          { id: "f1", text: "Regular support from an adult as needed.", area: "cognition_learning" },
          { id: "f2", text: "Precision teaching, 10 minutes daily, one to one, delivered by a teaching assistant trained by the educational psychologist.", area: "cognition_learning" },
        ],
      },
    ],
    reports: [{ id: "r", title: "EP report", recommendations: [{ id: "x", text: "Weekly sessions with a specialist dyslexia teacher", status: "confirmed" }] }],
  });

  it("quotes each vague Section F line, the gaps and the missing recommendation, within the 15 days", () => {
    const [plan] = optionsOf("draft_plan_response", document);
    expect(plan).toMatchObject({ defaultValue: "p" });
    const draft = buildLetter("draft_plan_response", document, { plan: "p", meeting: "yes", school: "Brook Lane School", comments: null }, TODAY);
    expect(draft.body).toContain("by 8 August 2026");
    expect(draft.body).toContain('"Regular support from an adult as needed."');
    expect(draft.body).not.toContain('"Precision teaching');
    expect(draft.body).toContain("social, emotional and mental health: needs described, but no outcome and no provision");
    expect(draft.body).toContain('"Weekly sessions with a specialist dyslexia teacher" (EP report)');
    expect(draft.body).toContain("name Brook Lane School");
    expect(draft.body).toContain("I would also like a meeting");
    for (const id of draft.citations) expect(draft.body).toContain(cite(id, TODAY));
  });
});
