import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { checkCase } from "~/domain";
import { todayIn } from "~/services/clock.server";
import { listCases } from "./cases.server";
import { getCaseDocument } from "./case-document.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
import { unsafeFindUserByEmail } from "./accounts.server";

useTestDatabase();

describe("the demo family", () => {
  it("has a case whose support record shows what a newcomer should see: real findings", async () => {
    await ensureDemoFamily();
    await ensureDemoFamily(); // a second start adds nothing
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const cases = await listCases(parent);
    expect(cases).toHaveLength(1);
    const document = await getCaseDocument(await requireCaseAccess(parent, cases[0]!.id, "read"));
    expect(document.child.yearGroup).toBe("Year 4");
    expect(document.needs).toHaveLength(2);
    expect(document.cycles).toHaveLength(3);
    expect(document.measurements.length).toBeGreaterThanOrEqual(3);
    const codes = checkCase(document, todayIn("Europe/London")).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["plan_repeated_unchanged", "little_progress", "delivery_below_plan", "provision_vague"]));
  });
});
