// What the demo cases tell a parent: the health check's findings, where the journey says the child
// is and the next steps, read from the demo family as the app builds it. The findings are kept in
// a snapshot so that a change to how the rules are written (not what they find) shows up here.
// Sam's sister's case, with its appeal under way, says only what is true of an appeal: no alarm.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { checkCase, deriveJourney, listNextSteps, type CaseDocument } from "~/domain";
import { listCaseDeadlines } from "~/domain/letters/statutory-facts";
import { listCases } from "./cases.server";
import { getCaseDocument } from "./case-document.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
import { unsafeFindUserByEmail } from "./accounts.server";

useTestDatabase();

/** A day five days after the demo's draft plan arrived: its comments are due on 14 December. */
const TODAY = "2026-12-04";

let document: CaseDocument;
/** Sam's sister, whose appeal against a refusal to assess is under way (decision 150). */
let sister: CaseDocument;

beforeAll(async () => {
  await ensureDemoFamily(TODAY);
  const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
  const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
  const [demoCase, sisterCase] = await listCases(parent);
  document = await getCaseDocument(await requireCaseAccess(parent, demoCase!.id, "read"));
  sister = await getCaseDocument(await requireCaseAccess(parent, sisterCase!.id, "read"));
});

/** Each record id as where it sits in the case document (ids are new on every run). */
function placeRecords(root: unknown): Map<string, string> {
  const places = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === "object") {
      const id = (value as { id?: unknown }).id;
      if (typeof id === "string" && !places.has(id)) places.set(id, path);
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  walk(root, "");
  return places;
}

describe("the demo case's health check", () => {
  it("finds the same things, in the same order, with the same records, rules and next steps", () => {
    const places = placeRecords(document);
    const findings = checkCase(document, TODAY).findings.map((finding) => ({
      ...finding,
      records: finding.records.map((id) => places.get(id) ?? id),
    }));
    expect(findings).toMatchSnapshot();
  });
});

describe("the demo case's journey and next steps", () => {
  it("is at the draft EHC plan, and the first thing to do is to comment on it by its date", () => {
    const { findings } = checkCase(document, TODAY);
    const deadlines = listCaseDeadlines(document, TODAY);
    const journey = deriveJourney(document, findings, deadlines, TODAY);
    expect(journey.current).toBe("ehcp");
    expect(journey.statutory?.id).toBe("draft_plan");
    expect(journey.stages.at(-1)!.title).toBe("The draft EHC plan: your comments");
    const [first] = listNextSteps({ document, findings, deadlines, journey, overdueReplies: [], today: TODAY });
    expect(first).toMatchObject({ kind: "your_deadline", target: { letter: "draft_plan_response" }, rule: { id: "R-EHCP-DRAFT-15" } });
    expect(first!.action).toMatch(/^Send your comments on the draft plan by \w+ 1[34] December 2026$/);
  });

  it("sends the draft plan's vague Section F to the council and the school plan's to the SENCO", () => {
    const vague = checkCase(document, TODAY).findings.filter((finding) => finding.code === "provision_vague");
    expect(vague.map((finding) => finding.nextStep.action).sort()).toEqual(["ask_for_specific_provision", "respond_to_draft_plan"]);
  });
});

describe("the demo sister's case, with its appeal under way", () => {
  it("finds only what is true of the appeal: an expert report too old for the hearing", () => {
    const places = placeRecords(sister);
    const findings = checkCase(sister, TODAY).findings.map((finding) => ({
      ...finding,
      records: finding.records.map((id) => places.get(id) ?? id),
    }));
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([["expert_report_too_old", "medium"]]);
    expect(findings).toMatchSnapshot();
  });

  it("is at the appeal, and the first thing to do is the appeal's next date, not a decision already taken", () => {
    const { findings } = checkCase(sister, TODAY);
    const deadlines = listCaseDeadlines(sister, TODAY);
    const journey = deriveJourney(sister, findings, deadlines, TODAY);
    expect(journey.statutory?.id).toBe("appeal");
    const steps = listNextSteps({ document: sister, findings, deadlines, journey, overdueReplies: [], today: TODAY });
    expect(steps[0]).toMatchObject({ kind: "stage", target: { screen: "appeals" }, rule: { id: "R-TRIB-LA-RESPONSE" } });
    expect(steps[0]!.action).toMatch(/^Next in the appeal: council's response due by \w+ \d+ \w+ \d{4}$/);
    expect(steps.map((step) => step.action)).not.toContainEqual(expect.stringMatching(/appeal by/));
  });
});
