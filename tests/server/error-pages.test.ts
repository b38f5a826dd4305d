// Error pages show the menu of the person who sees them: a signed-in person keeps "My cases" and
// "Sign out", never the signed-out menu that suggests they have been signed out.
import { describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, createCaseOverHttp, signedUpClient } from "../support/http";

const baseUrl = workerBaseUrl();

function menu(html: string): string {
  return /<nav aria-label="Main">[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
}

describe("the menu on an error page", () => {
  it("is the signed-in menu for a signed-in person, on a missing page or case, and after a refused form", async () => {
    const { client } = await signedUpClient(baseUrl);
    const answers = [
      await client.get("/no-such-page"),
      await client.get("/cases/00000000-0000-4000-8000-000000000000"),
      // Thrown from an action, where no loader runs after it.
      await client.post("/cases/00000000-0000-4000-8000-000000000000/diary", { body: "x" }),
      // A page with no form, posted to.
      await client.post("/guide", {}),
    ];
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 405]);
    for (const response of answers) {
      const html = await response.text();
      expect(html).toMatch(/<title>(Page not found|That cannot be done here) – Clearpath<\/title>/);
      const nav = menu(html);
      expect(nav).toContain("My cases");
      expect(nav).toContain("Sign out");
      expect(nav).not.toContain("Create an account");
    }
  });

  it("is the signed-out menu for a visitor", async () => {
    const nav = menu(await (await new Client(baseUrl).get("/no-such-page")).text());
    expect(nav).toContain("Sign in");
    expect(nav).not.toContain("Sign out");
  });
});

function caseMenu(html: string): string {
  return /<nav aria-label="Case"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
}

describe("an error inside a case", () => {
  it("keeps the case menu and says in plain words that the page is not in this case", async () => {
    const { client } = await signedUpClient(baseUrl);
    const caseId = await createCaseOverHttp(client, "Robin Error");
    const missing = "6b0e7b1e-5a7d-4b1a-8d2c-3e4f5a6b7c8d";
    for (const path of [`/cases/${caseId}/meetings/${missing}`, `/cases/${caseId}/support/${missing}`, `/cases/${caseId}/reports/not-an-id`]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html).toContain("<title>Page not found – Clearpath</title>");
      expect(html).toContain("This page was not found in this case.");
      const nav = caseMenu(html);
      expect(nav, path).toContain(`href="/cases/${caseId}/diary"`);
      expect(nav).toContain("Support plans");
      // The menu's section holding the page is the one open.
      const open = [...nav.matchAll(/<details[^>]*\bopen=""[^>]*><summary>([^<]*)<\/summary>/g)].map((m) => m[1]);
      expect(open, path).toEqual([path.includes("/meetings/") ? "Meetings and letters" : path.includes("/support/") ? "School support" : "Evidence"]);
      expect(html).toContain("Robin Error");
    }
  });

  it("shows no case menu for a case the person cannot open", async () => {
    const { client } = await signedUpClient(baseUrl);
    const response = await client.get("/cases/00000000-0000-4000-8000-000000000000/meetings");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(caseMenu(html)).toBe("");
    expect(html).toContain("The page may have moved, the link may be wrong, or you may not have access to it.");
  });

  it("answers a file that is not in the case with a plain sentence, not the framework's text", async () => {
    const { client } = await signedUpClient(baseUrl);
    const caseId = await createCaseOverHttp(client, "Robin File");
    const response = await client.get(`/cases/${caseId}/letters/6b0e7b1e-5a7d-4b1a-8d2c-3e4f5a6b7c8d/letter.pdf`);
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("Page not found. The page may have moved, the link may be wrong, or you may not have access to it.\n");
  });
});
