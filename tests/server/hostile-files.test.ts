// Issue 16, findings 2 and 3, against the production build: hostile files and archives, made here,
// are uploaded by a signed-in parent. Each is refused with a clear message or kept without its
// text (saying why), within a memory bound, while /healthz keeps answering everyone else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveBomb, docxBomb, hugeJsonArchive, manyPagesPdf, MEDIA_TYPES, nestedEmail, pageBombPdf } from "../support/hostile-files";
import { fileForm, memoryOf, probe, type Probe } from "../support/hostile-probe";
import { Client, createCaseOverHttp, signedUpClient } from "../support/http";
import { startTestServer, type TestServer } from "../support/test-server";

/** The most the server's resident memory may grow while it handles one hostile file. */
const MAX_GROWTH_MB = 300;
/** /healthz must answer within this while a hostile file is handled. */
const HEALTH_MS = 2_000;

const decode = (html: string) => html.replace(/<!-- -->/g, "").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("hostile files and archives", () => {
  let server: TestServer;
  let owner: Client;
  let caseId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { UPLOAD_MAX_BYTES: String(4 * 1024 * 1024) } });
    ({ client: owner } = await signedUpClient(server.baseUrl, "Alex Morgan"));
    caseId = await createCaseOverHttp(owner, "Sam Morgan");
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  function expectCalm(result: Probe) {
    expect(result.slowestHealthMs).toBeLessThan(HEALTH_MS);
    expect(result.after, "the server is still running").not.toBeNull();
    expect(result.after!.rssMb - result.before.rssMb).toBeLessThan(MAX_GROWTH_MB);
    expect(result.ms).toBeLessThan(30_000);
  }

  /** Uploads one file and returns its document page. */
  async function uploadAndReadNote(name: string, bytes: Buffer | string, type: string): Promise<{ result: Probe; page: string }> {
    const result = await probe(owner, server.pid, `/cases/${caseId}/documents`, fileForm("files", name, bytes, type, { source: "school" }), 60_000);
    expect(result.status, result.body.slice(0, 300)).toBe(302);
    expectCalm(result);
    const [documentId] = new URL(result.location ?? "", server.baseUrl).searchParams.get("uploaded")?.split(",") ?? [];
    expect(documentId).toBeTruthy();
    const page = decode(await (await owner.get(`/cases/${caseId}/documents/${documentId}`)).text());
    return { result, page };
  }

  it("keeps a page-bomb PDF (one page named 200,000 times) without its text, and a pack with it still downloads", async () => {
    const { page } = await uploadAndReadNote("bomb.pdf", pageBombPdf(), MEDIA_TYPES.pdf);
    expect(page).toContain("This PDF has more than 2,000 pages, so its text was not read.");
    const before = memoryOf(server.pid);
    const started = performance.now();
    const pdf = await owner.get(`/cases/${caseId}/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(memoryOf(server.pid).rssMb - before.rssMb).toBeLessThan(MAX_GROWTH_MB);
  });

  it("keeps a 5,000-page PDF without its text", async () => {
    const { page } = await uploadAndReadNote("long.pdf", manyPagesPdf(5_000), MEDIA_TYPES.pdf);
    expect(page).toContain("This PDF has more than 2,000 pages, so its text was not read.");
  });

  it("keeps Word zip bombs (1 GiB of zeros, said or hidden) without their text", async () => {
    for (const lie of [false, true]) {
      const { page } = await uploadAndReadNote(`bomb-${lie}.docx`, docxBomb({ lie }), MEDIA_TYPES.docx);
      expect(page).toContain("This Word file expands to far more than its size, so it was not opened");
    }
  });

  it("reads at most 50 attachments of an email full of emails, and says so", async () => {
    const { page } = await uploadAndReadNote("nested.eml", nestedEmail(), MEDIA_TYPES.email);
    expect(page).toContain("This email has more than 50 attachments");
  });

  it("refuses archive zip bombs and a huge archive with a clear message, and brings in nothing", async () => {
    const casesPage = async () => decode(await (await owner.get("/cases")).text()).replace(/nonce="[^"]*"/g, "");
    const before = await casesPage();
    const archives: Array<[string, Buffer, string]> = [
      ["bomb.zip", archiveBomb(), "The archive's clearpath-case.json is larger than 32 MB"],
      ["liar.zip", archiveBomb({ lie: true }), "a file in it does not match the size the zip gives it"],
      ["huge.zip", hugeJsonArchive(), "The archive's clearpath-case.json is larger than 32 MB"],
    ];
    for (const [name, bytes, message] of archives) {
      const result = await probe(owner, server.pid, "/cases/import", fileForm("archive", name, bytes, MEDIA_TYPES.zip), 60_000);
      expect(result.status, name).toBe(400);
      expect(decode(result.body)).toContain(message);
      expectCalm(result);
    }
    expect(await casesPage()).toBe(before);
  });
});
