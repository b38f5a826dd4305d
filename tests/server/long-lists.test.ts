// Long lists a page at a time (decision 122), over plain HTTP as a browser with JavaScript off
// sees them: the timeline's and the diary's page links are ordinary links in a labelled nav, the
// current page is marked, older entries are on the later pages with a link back, the filter is
// kept on every link, and a page past the end is not found.
import { beforeAll, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, createCaseOverHttp } from "../support/http";
import { createSignedInUser, signedInClient } from "../support/session";

const baseUrl = workerBaseUrl();
/** More than one page of the timeline (100 a page) and three pages of the diary (50 a page). */
const ENTRIES = 105;

const text = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
/** The nav with this label, or "" when the page has none. */
const navNamed = (html: string, label: string) => new RegExp(`<nav aria-label="${label}"[\\s\\S]*?</nav>`).exec(html)?.[0] ?? "";
/** Each link in a piece of HTML: where it goes, its words, and whether it is the current page. */
const linksIn = (html: string) =>
  [...html.matchAll(/<a ([^>]*)>([\s\S]*?)<\/a>/g)].map((link) => ({
    href: (/href="([^"]*)"/.exec(link[1]!)?.[1] ?? "").replace(/&amp;/g, "&"),
    words: text(link[2]!).trim(),
    isCurrent: link[1]!.includes('aria-current="page"'),
  }));
/** Entry n's words: entry 1 is the oldest. */
const entryText = (n: number) => `Diary note number ${n} zz`;

describe("long lists a page at a time", () => {
  let client: Client;
  let caseId: string;

  beforeAll(async () => {
    client = signedInClient(baseUrl, await createSignedInUser(baseUrl, { name: "Jo Pages" }));
    caseId = await createCaseOverHttp(client, "Pat Long");
    for (let n = 1; n <= ENTRIES; n++) {
      // One entry a day from 1 January 2024, so entry n is older than entry n + 1.
      const day = new Date(Date.UTC(2024, 0, n));
      const saved = await client.post(`/cases/${caseId}/diary`, {
        intent: "add",
        "date.day": String(day.getUTCDate()),
        "date.month": String(day.getUTCMonth() + 1),
        "date.year": String(day.getUTCFullYear()),
        text: entryText(n),
      });
      expect(saved.status).toBe(302);
    }
  }, 120_000);

  it("shows the newest 100 timeline entries first, with a labelled nav whose link leads to the older ones", async () => {
    const page = await (await client.get(`/cases/${caseId}/timeline`)).text();
    expect(text(page)).toContain(entryText(ENTRIES));
    expect(text(page)).toContain(entryText(6));
    expect(text(page)).not.toContain(`${entryText(5)} `);
    expect(text(page)).toContain(`Entries 1 to 100 of ${ENTRIES}, newest first.`);
    const links = linksIn(navNamed(page, "Timeline pages"));
    expect(links.find((link) => link.isCurrent)?.words).toBe("Page 1");
    expect(links.find((link) => link.words === "Older entries")?.href).toBe(`/cases/${caseId}/timeline?page=2`);
  });

  it("shows the older entries on page 2, with a link back to the newer ones", async () => {
    const page = await (await client.get(`/cases/${caseId}/timeline?page=2`)).text();
    expect(page).toContain(entryText(1));
    expect(page).toContain(entryText(5));
    expect(page).not.toContain(entryText(ENTRIES));
    expect(text(page)).toContain(`Entries 101 to ${ENTRIES} of ${ENTRIES}, newest first.`);
    const links = linksIn(navNamed(page, "Timeline pages"));
    expect(links.find((link) => link.isCurrent)?.words).toBe("Page 2");
    expect(links.find((link) => link.words === "Newer entries")?.href).toBe(`/cases/${caseId}/timeline`);
    expect(links.some((link) => link.words === "Older entries")).toBe(false);
  });

  it("keeps the filter on every page link, and gives the spreadsheet every entry whatever the page", async () => {
    const page = await (await client.get(`/cases/${caseId}/timeline?types=diary&order=oldest&page=2`)).text();
    expect(page).toContain(entryText(ENTRIES));
    const links = linksIn(navNamed(page, "Timeline pages"));
    expect(links.find((link) => link.words === "Older entries")?.href).toBe(`/cases/${caseId}/timeline?types=diary&order=oldest`);
    expect(page).toContain(`href="/cases/${caseId}/timeline.csv?types=diary&amp;order=oldest"`);
    const csv = await (await client.get(`/cases/${caseId}/timeline.csv?types=diary`)).text();
    expect(csv).toContain(entryText(1));
    expect(csv).toContain(entryText(ENTRIES));
  });

  it("answers a page past the last one as not found", async () => {
    expect((await client.get(`/cases/${caseId}/timeline?page=3`)).status).toBe(404);
    expect((await client.get(`/cases/${caseId}/diary?page=4`)).status).toBe(404);
    // Anything that is not a page number is the first page.
    expect((await client.get(`/cases/${caseId}/timeline?page=nonsense`)).status).toBe(200);
  });

  it("shows the diary 50 entries a page, newest first, and searches across every page", async () => {
    const first = await (await client.get(`/cases/${caseId}/diary`)).text();
    expect(text(first)).toContain(`${ENTRIES} entries. Showing 1 to 50, newest first.`);
    expect(first).toContain(entryText(ENTRIES));
    expect(first).not.toContain(`${entryText(55)}<`);
    const last = await (await client.get(`/cases/${caseId}/diary?page=3`)).text();
    expect(last).toContain(entryText(1));
    const links = linksIn(navNamed(last, "Diary pages"));
    expect(links.find((link) => link.isCurrent)?.words).toBe("Page 3");
    expect(links.find((link) => link.words === "Newer entries")?.href).toBe(`/cases/${caseId}/diary?page=2`);

    const found = await (await client.get(`/cases/${caseId}/diary?q=zz&page=3`)).text();
    expect(text(found)).toContain(`${ENTRIES} entries match “zz”. Showing 101 to ${ENTRIES}, newest first.`);
    expect(linksIn(navNamed(found, "Diary pages")).find((link) => link.words === "Newer entries")?.href).toBe(`/cases/${caseId}/diary?q=zz&page=2`);
  });

  it("after saving an entry for an earlier day, goes to the diary page that shows it", async () => {
    const saved = await client.post(`/cases/${caseId}/diary`, { intent: "add", "date.day": "1", "date.month": "12", "date.year": "2023", text: "An older memory yy" });
    expect(saved.status).toBe(302);
    const location = saved.headers.get("Location") ?? "";
    expect(location).toMatch(new RegExp(`^/cases/${caseId}/diary\\?page=3&saved=[0-9a-f-]{36}#entry-`));
    expect(await (await client.get(location.split("#")[0]!)).text()).toContain("An older memory yy");
  });
});
