// Working on an appeal with others (issue 23, decision 149): the owner shares the evidence bundle by
// a link with a representative who has no account, who downloads the same PDF as the bundle page's
// (behind the passcode, logged, gone once withdrawn or expired, and never through a pack's door);
// an adviser with comment access comments on the working document and the statement.
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaseWorld, type CaseWorld } from "../support/case-world";

let world: CaseWorld;
/** A bundle link that ended yesterday, made before the server started (no page can make one). */
let expiredToken = "";

beforeAll(async () => {
  world = await startCaseWorld({
    async seed(access, ids) {
      const { createShareLink } = await import("~/data/share-links.server");
      const { hashToken } = await import("~/auth/tokens.server");
      const { db } = await import("~/data/db.server");
      const { shareLinks } = await import("~/data/schema");
      expiredToken = await createShareLink(access, { kind: "bundle", appealId: ids.appealId }, { label: "Old representative", days: 1, passcode: null });
      await db.update(shareLinks).set({ expiresAt: new Date(Date.now() - 24 * 60 * 60 * 1000) }).where(eq(shareLinks.tokenHash, hashToken(expiredToken)));
    },
  });
}, 240_000);

afterAll(async () => {
  await world?.stop();
});

const PASSCODE = "kestrel-harbour-9";
const tokenIn = (html: string) => /\/shared\/([A-Za-z0-9_-]{20,100})/.exec(html)?.[1] ?? "";
/** The page's text, with tags (React's markers between two texts, without a space) and the entities React writes taken out. */
const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");

async function pdfOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const pdf = await getDocumentProxy(bytes.slice());
  return { head: new TextDecoder().decode(bytes.slice(0, 5)), pages: pdf.numPages, text: (await extractText(pdf, { mergePages: true })).text };
}

describe("sharing the appeal's bundle by a link", () => {
  it("lets the owner make a link, a visitor download the bundle's own PDF with the passcode, and logs it", async () => {
    const { clients, caseId, ids } = world;
    const bundlePage = `/cases/${caseId}/appeals/${ids.appealId}/bundle`;
    const sharePage = `${bundlePage}/share`;
    expect(await (await clients.owner.get(bundlePage)).text()).toContain(`href="${sharePage}"`);
    expect(await (await clients.adviser.get(bundlePage)).text()).not.toContain(`href="${sharePage}"`);

    const made = await clients.owner.post(sharePage, { intent: "create", label: "Representative", days: "10", passcode: PASSCODE });
    expect(made.status).toBe(200);
    const token = tokenIn(await made.text());
    expect(token).not.toBe("");
    expect(textOf(await (await clients.owner.get(sharePage)).text())).toMatch(/Representative , with a passcode\. Works until/);

    const shared = await clients.anonymous.get(`/shared/${token}`);
    expect(shared.status).toBe(200);
    const sharedHtml = await shared.text();
    expect(sharedHtml).toContain("<title>A shared evidence bundle – Clearpath</title>");
    expect(textOf(sharedHtml)).toContain("Someone has shared the evidence bundle for an appeal");
    expect(sharedHtml).toContain(`action="/shared/${token}/bundle.pdf"`);
    expect(sharedHtml).not.toContain("Zebedee Quill");

    // A wrong passcode goes back to the page, which says so; the right one gives the PDF.
    const wrong = await clients.anonymous.post(`/shared/${token}/bundle.pdf`, { passcode: "not-the-passcode" });
    expect(wrong.status).toBe(302);
    expect(wrong.headers.get("Location")).toBe(`/shared/${token}?problem=passcode`);
    expect(textOf(await (await clients.anonymous.follow(wrong)).text())).toContain("That passcode is not right");

    const downloaded = await clients.anonymous.post(`/shared/${token}/bundle.pdf`, { passcode: PASSCODE });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get("Content-Type")).toBe("application/pdf");
    const theirs = await pdfOf(downloaded);
    const ours = await pdfOf(await clients.owner.get(`${bundlePage}.pdf`));
    expect(theirs.head).toBe("%PDF-");
    expect(theirs.pages).toBe(ours.pages);
    expect(theirs.text).toBe(ours.text);

    const activity = textOf(await (await clients.owner.get(`/cases/${caseId}/activity`)).text());
    expect(activity).toMatch(/Representative \([^)]*\) Opened your shared link to Appeal bundle “refusal to assess”/);
  });

  it("opens a bundle link only as a bundle, and a pack link only as a pack", async () => {
    const { clients, caseId, ids } = world;
    const bundleToken = tokenIn(await (await clients.owner.post(`/cases/${caseId}/appeals/${ids.appealId}/bundle/share`, { intent: "create", label: "Solicitor", days: "3" })).text());
    const packToken = tokenIn(await (await clients.owner.post(`/cases/${caseId}/evidence-packs/${ids.packId}/share`, { intent: "create", label: "New school", days: "3" })).text());
    expect((await clients.anonymous.post(`/shared/${packToken}/bundle.pdf`, {})).status).toBe(404);
    expect((await clients.anonymous.post(`/shared/${bundleToken}/pack.pdf`, {})).status).toBe(404);
    // Each through its own door.
    expect((await clients.anonymous.post(`/shared/${bundleToken}/bundle.pdf`, {})).status).toBe(200);
    const packPage = await (await clients.anonymous.get(`/shared/${packToken}`)).text();
    expect(packPage).toContain(`action="/shared/${packToken}/pack.pdf"`);
    expect(packPage).toContain("Someone has shared this evidence pack with you.");
  });

  it("opens nothing once the owner withdraws the link, or once it has expired", async () => {
    const { clients, caseId, ids } = world;
    const sharePage = `/cases/${caseId}/appeals/${ids.appealId}/bundle/share`;
    const token = tokenIn(await (await clients.owner.post(sharePage, { intent: "create", label: "Withdrawn later", days: "5" })).text());
    expect((await clients.anonymous.get(`/shared/${token}`)).status).toBe(200);
    const page = await (await clients.owner.get(sharePage)).text();
    const linkId = /<strong>Withdrawn later<\/strong>[^]*?name="linkId" value="([0-9a-f-]{36})"/.exec(page)?.[1];
    expect(linkId).toBeDefined();
    // Only the owner can withdraw it: an adviser's try answers 404 and changes nothing.
    expect((await clients.adviser.post(sharePage, { intent: "revoke", linkId: linkId! })).status).toBe(404);
    expect((await clients.anonymous.get(`/shared/${token}`)).status).toBe(200);
    const withdrawn = await clients.owner.post(sharePage, { intent: "revoke", linkId: linkId! });
    expect(withdrawn.status).toBe(302);
    expect((await clients.anonymous.get(`/shared/${token}`)).status).toBe(404);
    expect((await clients.anonymous.post(`/shared/${token}/bundle.pdf`, {})).status).toBe(404);

    expect((await clients.anonymous.get(`/shared/${expiredToken}`)).status).toBe(404);
    expect((await clients.anonymous.post(`/shared/${expiredToken}/bundle.pdf`, {})).status).toBe(404);
    expect(textOf(await (await clients.owner.get(sharePage)).text())).toMatch(/Old representative \. Expired\./);
  });
});

describe("an adviser commenting on the appeal's writing", () => {
  for (const [name, tail] of [
    ["the working document", "working-document"],
    ["the statement", "statement"],
  ] as const) {
    it(`posts a comment on ${name}, and the owner sees it there`, async () => {
      const { clients, caseId, ids } = world;
      const page = `appeals/${ids.appealId}/${tail}`;
      const adviserView = await (await clients.adviser.get(`/cases/${caseId}/${page}`)).text();
      expect(adviserView).toContain(`<input type="hidden" name="page" value="${page}"/>`);
      const body = `The adviser's note on ${name}: say what the school cannot provide.`;
      const posted = await clients.adviser.post(`/cases/${caseId}/comments`, { page, commentBody: body });
      expect(posted.status).toBe(302);
      expect(posted.headers.get("Location")).toBe(`/cases/${caseId}/${page}#comments-title`);
      const ownerView = textOf(await (await clients.owner.get(`/cases/${caseId}/${page}`)).text());
      expect(ownerView).toContain("Comments on this page");
      expect(ownerView).toMatch(new RegExp(`Matrix adviser , [^]*?${body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    });
  }
});
