// People who may only read a case (an adviser with read or read-and-comment access) are never
// offered a link inside the case that answers "Page not found": every in-case link on every case
// page they can open must open for them too. Also where each kind of person starts, and the plan
// comparison without a choice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRoutes, startCaseWorld, type CaseWorld } from "../support/case-world";

let world: CaseWorld;

beforeAll(async () => {
  world = await startCaseWorld();
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

/** The addresses inside the case that a page links to, without their #fragment. */
function inCaseLinks(html: string, caseId: string): string[] {
  const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  return hrefs.map((href) => href.split("#")[0]!).filter((href) => href.startsWith(`/cases/${caseId}`));
}

describe("links shown to people who may only read", () => {
  for (const role of ["adviser", "adviserRead"] as const) {
    it(`every in-case link on every case page ${role} can open also opens for them`, async () => {
      const client = world.clients[role];
      const pages = listRoutes()
        .map((route) => route.pattern)
        .filter((pattern) => pattern.startsWith("/cases/:caseId"))
        .map((pattern) => world.fill(pattern));
      // The guide's pages link to the tools in the reader's case too.
      const guide = await (await client.get("/guide")).text();
      pages.push(...new Set([...guide.matchAll(/href="(\/guide\/[^"#]+)"/g)].map((match) => match[1]!)));
      const seen = new Map<string, string>();
      let opened = 0;
      for (const page of pages) {
        const response = await client.get(page);
        if (response.status !== 200 || !(response.headers.get("Content-Type") ?? "").startsWith("text/html")) {
          await response.body?.cancel();
          continue;
        }
        opened++;
        for (const link of inCaseLinks(await response.text(), world.caseId)) {
          if (!seen.has(link)) seen.set(link, page);
        }
      }
      expect(opened).toBeGreaterThan(40);
      const broken: string[] = [];
      for (const [link, from] of seen) {
        const response = await client.get(link);
        await response.body?.cancel();
        if (response.status !== 200) broken.push(`${link} (linked from ${from}) answers ${response.status}`);
      }
      expect(broken).toEqual([]);
    });
  }
});

describe("where a signed-in person starts", () => {
  it("sends the organisation's admin to the organisation page and a parent to their cases", async () => {
    const admin = await world.clients.admin.get("/");
    expect(admin.status).toBe(302);
    expect(admin.headers.get("Location")).toBe("/organisation");
    const owner = await world.clients.owner.get("/");
    expect(owner.headers.get("Location")).toBe("/cases");
  });
});

describe("comparing EHC plans", () => {
  it("offers the choice of plans when the address names none, instead of answering Page not found", async () => {
    for (const query of ["", "?from=&to="]) {
      const response = await world.clients.owner.get(`/cases/${world.caseId}/plans/compare${query}`);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain("Compare two versions of the plan");
      expect(page).toContain("add at least two versions of the plan");
    }
    expect((await world.clients.owner.get(`/cases/${world.caseId}/plans/compare?from=nope&to=nope`)).status).toBe(404);
  });
});
