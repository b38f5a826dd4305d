// A start that fails while adding the demo family leaves no half demo, and the next start adds it
// whole (issue 21; docs/decisions/114-start-up.md). The failure is made in the demo's last step,
// the advice organisation, so everything before it (the second child's appeal too) has been
// written when it fails.
import { count } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../../tests/support/db";
import { requireCaseAccess } from "~/auth/access.server";
import { unsafeFindUserByEmail } from "./accounts.server";
import { getCaseDocument } from "./case-document.server";
import { listCases } from "./cases.server";
import { db } from "./db.server";
import { DEMO_ACCOUNT, ensureDemoFamily } from "./demo.server";
import { DEMO_ADVISER } from "./demo-organisation.server";
import { cases, documents, users } from "./schema";

const power = vi.hoisted(() => ({ failsDuringOrganisation: false }));

vi.mock("./demo-organisation.server", async (importOriginal) => {
  const original = await importOriginal<typeof import("./demo-organisation.server")>();
  return {
    ...original,
    addDemoOrganisation: async (...args: Parameters<typeof original.addDemoOrganisation>) => {
      if (power.failsDuringOrganisation) throw new Error("The power went off");
      return original.addDemoOrganisation(...args);
    },
  };
});

useTestDatabase();

async function countRows() {
  const [userRows] = await db.select({ n: count() }).from(users);
  const [caseRows] = await db.select({ n: count() }).from(cases);
  const [documentRows] = await db.select({ n: count() }).from(documents);
  return { users: userRows?.n, cases: caseRows?.n, documents: documentRows?.n };
}

describe("the demo family, all or nothing", () => {
  it("leaves nothing when adding it fails part way, and is added whole by the next start", async () => {
    power.failsDuringOrganisation = true;
    await expect(ensureDemoFamily("2026-11-23")).rejects.toThrow("The power went off");
    expect(await countRows()).toEqual({ users: 0, cases: 0, documents: 0 });

    power.failsDuringOrganisation = false;
    await ensureDemoFamily("2026-11-23");
    const row = await unsafeFindUserByEmail(DEMO_ACCOUNT.email);
    const parent = { id: row!.id, email: row!.email, name: row!.name, sessionId: "demo-test" };
    const [demoCase, sister, ...others] = await listCases(parent);
    expect(others).toEqual([]);
    expect(sister!.childName).toBe("Tess Morgan");
    const document = await getCaseDocument(await requireCaseAccess(parent, demoCase!.id, "read"));
    expect(document.cycles).toHaveLength(3);
    expect(document.documents).toHaveLength(5);
    expect(await unsafeFindUserByEmail(DEMO_ADVISER.email)).not.toBeNull();
  });
});
