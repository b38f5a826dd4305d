// What the demo case tells a parent: the health check's findings, where the journey says the child
// is and the next steps, read from the demo family as the app builds it. The findings are kept in
// a snapshot so that a change to how the rules are written (not what they find) shows up here.
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

beforeAll(async () => {
  await ensureDemoFamily(TODAY);
  const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
  const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
  const [demoCase] = await listCases(parent);
  document = await getCaseDocument(await requireCaseAccess(parent, demoCase!.id, "read"));
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
