// Error pages show the menu of the person who sees them: a signed-in person keeps "My cases" and
// "Sign out", never the signed-out menu that suggests they have been signed out.
import { describe, expect, inject, it } from "vitest";
import { Client, signedUpClient } from "../support/http";

const [baseUrl] = inject("baseUrls") as [string];

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
