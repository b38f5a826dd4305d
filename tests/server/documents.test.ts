// The evidence library over real HTTP against the production build: uploads are hostile input
// (types read from content, sizes capped, markup refused), downloads never run in the browser,
// files are encrypted at rest and go when their document goes, and a server killed mid-upload
// leaves no row without its file and (after the start-up sweep) no file without its row.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScratchDatabase,
  findFirstCaseId,
  signIn,
  startServer,
} from "../../scripts/durability-core.js";
import {
  EXE,
  GIF_1X1,
  HTML_PAGE,
  makeDocx,
  makeEmail,
  makePdf,
  PNG_1X1,
  SVG_IMAGE,
} from "../fixtures/documents/make";
import { Client, createCaseOverHttp, signedUpClient } from "../support/http";
import { startTestServer, type TestServer } from "../support/test-server";

const root = path.resolve(import.meta.dirname, "../..");
const MAX_BYTES = 256 * 1024;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type UploadFile = { name: string; bytes: Buffer | string; type?: string };

/** Posts files as the upload form does: multipart, from this site. */
function upload(
  client: Client,
  caseId: string,
  files: UploadFile[],
  fields: Record<string, string | string[]> = {},
) {
  const form = new FormData();
  for (const file of files)
    form.append(
      "files",
      new Blob([typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes)], {
        type: file.type ?? "application/octet-stream",
      }),
      file.name,
    );
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  return client.request(`/cases/${caseId}/documents`, {
    method: "POST",
    body: form,
    headers: { Origin: new URL(client.baseUrl).origin, "Sec-Fetch-Site": "same-origin" },
  });
}

function uploadedIds(response: Response): string[] {
  const location = response.headers.get("Location") ?? "";
  return new URL(location, "http://x").searchParams.get("uploaded")?.split(",") ?? [];
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const decode = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/nonce="[^"]*"/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("the evidence library over HTTP", () => {
  let server: TestServer;
  let dataDir: string;
  let owner: Client;
  let caseId: string;
  const storedFiles = () => filesUnder(path.join(dataDir, "storage", "objects"));

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "clearpath-documents-"));
    server = await startTestServer({
      env: { DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(MAX_BYTES), DEMO: "on" },
    });
    ({ client: owner } = await signedUpClient(server.baseUrl, "Alex Morgan"));
    caseId = await createCaseOverHttp(owner, "Sam Morgan");
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function page(pathname: string): Promise<string> {
    const response = await owner.get(pathname);
    expect(response.status, pathname).toBe(200);
    return decode(await response.text());
  }

  async function refusal(response: Response): Promise<string> {
    expect(response.status).toBe(400);
    return decode(await response.text());
  }

  it("takes several files at once, reads their text and suggests their dates", async () => {
    const files: UploadFile[] = [
      {
        name: "EP report.pdf",
        bytes: await makePdf({
          lines: [
            "Educational Psychology Service",
            "Recommendations",
            "1. Daily precision teaching",
          ],
          creationDate: new Date("2026-02-10T10:00:00Z"),
        }),
      },
      {
        name: "support-plan.docx",
        bytes: await makeDocx(["Support plan agreed on 8 September 2025", "Target: read 40 words"]),
      },
      { name: "reply.eml", bytes: makeEmail() },
      {
        name: "call notes.txt",
        bytes: "Phone call with the SENCO on 5 November 2026. Sam's DOB 14/11/2017.",
      },
      { name: "photo.png", bytes: PNG_1X1 },
    ];
    const response = await upload(owner, caseId, files, {
      source: "school",
      author: "Mrs Shah",
      "areas[]": ["cognition_learning"],
      tags: "reading, plan",
    });
    expect(response.status).toBe(302);
    const ids = uploadedIds(response);
    expect(ids).toHaveLength(5);
    const list = await page(`/cases/${caseId}/documents?uploaded=${ids.join(",")}`);
    expect(list).toContain("Just uploaded: check the details");
    expect(list).toContain("10 February 2026 (suggested from the file's own details: check it)");
    expect(list).toContain("10 March 2026 (suggested from the file's own details: check it)");
    expect(list).toContain("5 November 2026 (suggested from a date in its text: check it)");

    const report = await page(`/cases/${caseId}/documents/${ids[0]}`);
    expect(report).toContain("<h1>EP report</h1>");
    expect(report).toContain("1. Daily precision teaching");
    expect(report).toContain("Mrs Shah");
    expect(report).toContain(`/cases/${caseId}/reports?document=${ids[0]}`);
    expect(await page(`/cases/${caseId}/documents/${ids[1]}`)).toContain("Target: read 40 words");
    expect(await page(`/cases/${caseId}/documents/${ids[2]}`)).toContain(
      "The phonics group starts again next week.",
    );
    const picture = await page(`/cases/${caseId}/documents/${ids[4]}`);
    expect(picture).toContain(
      `<img class="document-preview__image" src="/cases/${caseId}/documents/${ids[4]}/file?inline=1"`,
    );
    expect(picture).toContain("cannot read the words in a picture");
  });

  it("keeps a PNG named .pdf as the PNG it is", async () => {
    const response = await upload(owner, caseId, [
      { name: "scan.pdf", bytes: PNG_1X1, type: "application/pdf" },
    ]);
    const [id] = uploadedIds(response);
    const file = await owner.get(`/cases/${caseId}/documents/${id}/file?inline=1`);
    expect(file.headers.get("Content-Type")).toBe("image/png");
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG_1X1)).toBe(true);
    expect(await page(`/cases/${caseId}/documents/${id}`)).toContain("Picture (PNG)");
  });

  it("refuses an .exe named .docx, an HTML page named .pdf and an SVG, and keeps nothing of the upload", async () => {
    const before = storedFiles().length;
    const listBefore = await page(`/cases/${caseId}/documents`);
    const body = await refusal(
      await upload(owner, caseId, [
        { name: "good.txt", bytes: "A harmless note" },
        { name: "plan.docx", bytes: EXE, type: DOCX },
        { name: "report.pdf", bytes: HTML_PAGE, type: "application/pdf" },
        { name: "chart.svg", bytes: SVG_IMAGE, type: "image/svg+xml" },
      ]),
    );
    expect(body).toContain(
      "plan.docx is not a file type Clearpath keeps: use PDF, Word, an image, plain text or a saved email.",
    );
    expect(body).toContain("report.pdf is not a file type Clearpath keeps");
    expect(body).toContain("chart.svg is not a file type Clearpath keeps");
    expect(body).toContain("Nothing was uploaded");
    expect(storedFiles().length).toBe(before);
    expect(await page(`/cases/${caseId}/documents`)).toBe(listBefore);
  });

  it("keeps malformed PDFs, with a note that their text could not be read", async () => {
    const whole = await makePdf();
    const response = await upload(owner, caseId, [
      { name: "truncated.pdf", bytes: whole.subarray(0, Math.floor(whole.length / 3)) },
      { name: "garbage.pdf", bytes: `%PDF-1.7\n${"\u0001garbage\u0002".repeat(300)}` },
    ]);
    expect(response.status).toBe(302);
    for (const id of uploadedIds(response)) {
      expect(await page(`/cases/${caseId}/documents/${id}`)).toContain(
        "This PDF seems to be damaged, so its text could not be read.",
      );
    }
  });

  it("refuses a file over the size limit, and keeps nothing of it", async () => {
    const before = storedFiles().length;
    const body = await refusal(
      await upload(owner, caseId, [{ name: "huge.txt", bytes: "x".repeat(MAX_BYTES + 10) }]),
    );
    expect(body).toContain("huge.txt is larger than 256 KB, the most Clearpath keeps in one file.");
    expect(storedFiles().length).toBe(before);
    expect(filesUnder(path.join(dataDir, "storage", "tmp"))).toEqual([]);
    // A file exactly at the limit is fine.
    expect(
      (await upload(owner, caseId, [{ name: "just-fits.txt", bytes: "y".repeat(MAX_BYTES) }]))
        .status,
    ).toBe(302);
  });

  it("refuses more files than one upload may carry, and an upload with no file", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({
      name: `note-${i}.txt`,
      bytes: `Note ${i}`,
    }));
    expect(await refusal(await upload(owner, caseId, many))).toContain(
      "You can upload up to 20 files at once.",
    );
    expect(await refusal(await upload(owner, caseId, []))).toContain(
      "Choose at least one file to upload",
    );
  });

  it("serves downloads as attachments that the browser must not sniff", async () => {
    const response = await upload(owner, caseId, [
      { name: "Sam’s plan 2026.pdf", bytes: await makePdf() },
      { name: "notes.txt", bytes: "Plain words, then <b>not run</b>" },
      { name: "picture.gif", bytes: GIF_1X1 },
    ]);
    const [pdfId, textId, gifId] = uploadedIds(response);
    const download = await owner.get(`/cases/${caseId}/documents/${pdfId}/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Sam_s plan 2026.pdf"; filename*=UTF-8''Sam%E2%80%99s%20plan%202026.pdf`,
    );
    expect(download.headers.get("X-Content-Type-Options")).toContain("nosniff");
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(100);

    const inlinePdf = await owner.get(`/cases/${caseId}/documents/${pdfId}/file?inline=1`);
    expect(inlinePdf.headers.get("Content-Disposition")).toMatch(/^inline; /);
    // One policy, the file's own: nothing loads; a PDF keeps its viewer (no sandbox).
    expect(inlinePdf.headers.get("Content-Security-Policy")).toBe("default-src 'none'; object-src 'self'; frame-ancestors 'none'");
    await inlinePdf.arrayBuffer();
    expect(download.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    const inlineGif = await owner.get(`/cases/${caseId}/documents/${gifId}/file?inline=1`);
    expect(inlineGif.headers.get("Content-Disposition")).toMatch(/^inline; /);
    expect(inlineGif.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    expect(inlineGif.headers.get("Content-Type")).toBe("image/gif");
    await inlineGif.arrayBuffer();

    // Text is never shown inline, whatever it contains.
    const text = await owner.get(`/cases/${caseId}/documents/${textId}/file?inline=1`);
    expect(text.headers.get("Content-Disposition")).toMatch(/^attachment; /);
    expect(text.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(text.headers.get("X-Content-Type-Options")).toContain("nosniff");
    expect(await text.text()).toBe("Plain words, then <b>not run</b>");
  });

  it("keeps files encrypted at rest", async () => {
    const phrase = "Zebulon's private psychology findings 4471";
    const response = await upload(owner, caseId, [
      { name: "private.txt", bytes: `${phrase}\n`.repeat(50) },
    ]);
    expect(response.status).toBe(302);
    const needle = Buffer.from("psychology findings 4471");
    for (const file of filesUnder(path.join(dataDir, "storage")))
      expect(readFileSync(file).includes(needle), file).toBe(false);
    // The key file is private, and the download gives the words back.
    const [id] = uploadedIds(response);
    expect(await (await owner.get(`/cases/${caseId}/documents/${id}/file`)).text()).toContain(
      phrase,
    );
  });

  it("corrects a document's details, and the date becomes the parent's", async () => {
    const [id] = uploadedIds(
      await upload(owner, caseId, [{ name: "letter.txt", bytes: "Letter of 3 March 2026" }]),
    );
    const saved = await owner.post(`/cases/${caseId}/documents/${id}`, {
      intent: "update",
      title: "Letter from the council",
      "date.day": "4",
      "date.month": "3",
      "date.year": "2026",
      source: "local_authority",
      author: "SEN team",
      "areas[]": ["semh"],
      tags: "council, EHC",
    });
    expect(saved.status).toBe(302);
    const body = await page(`/cases/${caseId}/documents/${id}`);
    expect(body).toContain("<h1>Letter from the council</h1>");
    expect(body).toContain("4 March 2026");
    expect(body).toContain("as you entered it");
    expect(body).toContain("council, EHC");
    const invalid = await owner.post(`/cases/${caseId}/documents/${id}`, {
      intent: "update",
      title: "",
      "date.day": "31",
      "date.month": "2",
      "date.year": "2026",
    });
    const errors = await refusal(invalid);
    expect(errors).toContain("Enter a title for the document");
    expect(errors).toContain("must be a real date");
  });

  it("deletes the document and its file", async () => {
    const [id] = uploadedIds(
      await upload(owner, caseId, [{ name: "to-delete.txt", bytes: "Soon gone" }]),
    );
    const before = storedFiles().length;
    expect((await owner.get(`/cases/${caseId}/documents/${id}?delete`)).status).toBe(200);
    const deleted = await owner.post(`/cases/${caseId}/documents/${id}`, { intent: "delete" });
    expect(deleted.status).toBe(302);
    expect(storedFiles().length).toBe(before - 1);
    expect((await owner.get(`/cases/${caseId}/documents/${id}`)).status).toBe(404);
    expect((await owner.get(`/cases/${caseId}/documents/${id}/file`)).status).toBe(404);
  });

  it("lets another family neither upload to the case nor read its files", async () => {
    const [id] = uploadedIds(await upload(owner, caseId, [{ name: "ours.txt", bytes: "Ours" }]));
    const { client: stranger } = await signedUpClient(server.baseUrl, "Stranger");
    const before = storedFiles().length;
    expect(
      (await upload(stranger, caseId, [{ name: "intruder.txt", bytes: "Intruder" }])).status,
    ).toBe(404);
    expect(storedFiles().length).toBe(before);
    expect((await stranger.get(`/cases/${caseId}/documents/${id}/file`)).status).toBe(404);
    expect(await page(`/cases/${caseId}/documents`)).not.toContain("intruder");
  });

  it("filters the list by source and area", async () => {
    const list = await page(`/cases/${caseId}/documents?source=local_authority`);
    expect(list).toContain("Letter from the council");
    expect(list).not.toContain("EP report");
    const byArea = await page(`/cases/${caseId}/documents?area=cognition_learning`);
    expect(byArea).toContain("EP report");
    expect(byArea).not.toContain("Letter from the council");
  });
});

describe("a server killed mid-upload", () => {
  it("leaves no row without its file, and the sweep leaves no file without its row", async () => {
    const scratch = await createScratchDatabase({
      baseDatabaseUrl: process.env.TEST_BASE_DATABASE_URL || undefined,
      label: "documents-crash",
    });
    let server = await startServer({
      root,
      dataDir: scratch.dataDir,
      databaseUrl: scratch.databaseUrl,
    });
    try {
      const cookie = await signIn(server.baseUrl);
      const caseId = await findFirstCaseId(server.baseUrl, cookie);
      const pdf = await makePdf({ pages: 20 });
      const acknowledged: Array<{ id: string; sha256: string }> = [];
      const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
      let isKilled = false;

      const uploadOnce = async (n: number) => {
        const bytes = Buffer.concat([pdf, Buffer.from(`\n%${n}`)]);
        const form = new FormData();
        form.append("files", new Blob([bytes]), `upload-${n}.pdf`);
        form.append("files", new Blob([`Note ${n} written on 2 March 2026`]), `note-${n}.txt`);
        const response = await fetch(`${server.baseUrl}/cases/${caseId}/documents`, {
          method: "POST",
          body: form,
          redirect: "manual",
          headers: { Cookie: cookie, Origin: server.baseUrl },
        });
        if (response.status !== 302) throw new Error(`upload answered ${response.status}`);
        const ids = uploadedIds(response);
        acknowledged.push(
          { id: ids[0]!, sha256: sha256(bytes) },
          { id: ids[1]!, sha256: sha256(Buffer.from(`Note ${n} written on 2 March 2026`)) },
        );
      };
      const worker = async (w: number) => {
        for (let n = w; !isKilled; n += 4)
          await uploadOnce(n).catch((error) => {
            if (!isKilled) throw error;
          });
      };

      // A slow upload that sends the start of a file and then waits: killed half-way.
      const boundary = "----slow-upload";
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      );
      const slowBody = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(Buffer.concat([head, pdf.subarray(0, 40_000)]));
        },
      });
      const slow = fetch(`${server.baseUrl}/cases/${caseId}/documents`, {
        method: "POST",
        body: slowBody,
        redirect: "manual",
        headers: {
          Cookie: cookie,
          Origin: server.baseUrl,
          "Content-Type": `multipart/form-data; boundary=${boundary}`,
        },
        duplex: "half",
      } as RequestInit).catch(() => null);

      const workers = [0, 1, 2, 3].map((w) => worker(w));
      await delay(1500 + Math.random() * 1000);
      isKilled = true;
      await server.kill();
      await Promise.all([...workers, slow]);
      expect(acknowledged.length, "some uploads finished before the kill").toBeGreaterThan(0);

      // The half-sent upload left a half-written file. Age everything past the sweep's grace
      // period, as a restart after a real crash would find it.
      const storage = path.join(scratch.dataDir, "storage");
      expect(
        filesUnder(path.join(storage, "tmp")).length,
        "the slow upload left a half-written file",
      ).toBeGreaterThan(0);
      const objectsBeforeRestart = filesUnder(path.join(storage, "objects")).length;
      const longAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      for (const file of filesUnder(storage)) utimesSync(file, longAgo, longAgo);

      server = await startServer({
        root,
        dataDir: scratch.dataDir,
        databaseUrl: scratch.databaseUrl,
      });
      const afterCookie = await signIn(server.baseUrl);
      // Every document there is belongs to the demo family's cases.
      const casesPage = await (
        await fetch(`${server.baseUrl}/cases`, { headers: { Cookie: afterCookie } })
      ).text();
      const caseIds = new Set(
        [...casesPage.matchAll(/href="\/cases\/([0-9a-f-]{36})"/g)].map((m) => m[1]!),
      );
      const listed = new Map<string, string>();
      for (const someCase of caseIds) {
        // Every page of the list: it shows 50 documents to a page (decision 122).
        for (let page = 1, hasNext = true; hasNext; page += 1) {
          const list = await (
            await fetch(`${server.baseUrl}/cases/${someCase}/documents?page=${page}`, {
              headers: { Cookie: afterCookie },
            })
          ).text();
          for (const m of list.matchAll(
            new RegExp(`/cases/${someCase}/documents/([0-9a-f-]{36})"`, "g"),
          ))
            listed.set(m[1]!, someCase);
          hasNext = list.includes('rel="next"');
        }
      }

      // No row without its file: every document listed downloads; every acknowledged one is whole.
      for (const [id, someCase] of listed) {
        const file = await fetch(`${server.baseUrl}/cases/${someCase}/documents/${id}/file`, {
          headers: { Cookie: afterCookie },
        });
        expect(file.status, `the file of ${id}`).toBe(200);
        const bytes = Buffer.from(await file.arrayBuffer());
        const known = acknowledged.find((a) => a.id === id);
        if (known) expect(sha256(bytes), `the file of acknowledged ${id}`).toBe(known.sha256);
      }
      for (const { id } of acknowledged)
        expect(listed.has(id), `acknowledged ${id} is listed`).toBe(true);
      // No file without its row: files whose rows the kill cut off (usually a few) were swept away.
      expect(objectsBeforeRestart).toBeGreaterThanOrEqual(listed.size);
      // (Besides the storage key's check object, which has no row: decision 126.)
      const documentObjects = filesUnder(path.join(storage, "objects")).filter((file) => path.basename(file) !== "0".repeat(32));
      expect(documentObjects.length).toBe(listed.size);
      expect(filesUnder(path.join(storage, "tmp"))).toEqual([]);
    } finally {
      await server.stop();
      await scratch.remove();
    }
  }, 120_000);
});
