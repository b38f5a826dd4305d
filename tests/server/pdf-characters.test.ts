// Over real HTTP against the production build: each page that offers a PDF says, before the
// download, which characters the PDF cannot print, only when the text holds some; and the PDF
// itself shows the bracketed note, while the Word version keeps every character.
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { workerBaseUrl } from "../support/servers";
import { Client, createCaseOverHttp, signedUpClient } from "../support/http";

const baseUrl = workerBaseUrl();
const NOTICE = "cannot be printed in the PDF";

let client: Client;
let plainCase: string;
let emojiCase: string;

async function page(path: string): Promise<string> {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return (await response.text()).replace(/<!-- -->/g, "");
}

async function writeLetter(caseId: string, body: string): Promise<string> {
  const made = await client.post(`/cases/${caseId}/letters`, {
    intent: "create",
    kind: "provision_map_request",
    recipientName: "Mrs Dvořák",
  });
  const letterPath = made.headers.get("Location")!.split("?")[0]!;
  const saved = await client.post(letterPath, { intent: "save", subject: "Provision map", body });
  expect(saved.status).toBe(302);
  return letterPath;
}

async function makePack(caseId: string, title: string): Promise<string> {
  const made = await client.post(`/cases/${caseId}/evidence-packs`, {
    intent: "create",
    title,
    "parts[]": "chronology",
  });
  expect(made.status).toBe(302);
  return made.headers.get("Location")!.split("?")[0]!;
}

beforeAll(async () => {
  ({ client } = await signedUpClient(baseUrl, "Gwenllïan ap Dafydd"));
  plainCase = await createCaseOverHttp(client, "Zoë Łukasiewicz-Ó Briain");
  emojiCase = await createCaseOverHttp(client, "Sam 😀 أحمد");
});

describe("the notice before a PDF download", () => {
  it("shows on the whole-case download page when the case holds emoji or Arabic, and not otherwise", async () => {
    const html = await page(`/cases/${emojiCase}/export`);
    expect(html).toContain(
      `Some characters (emoji and Arabic script) ${NOTICE}. It shows [emoji] or [Arabic script] in their place.`,
    );
    expect(html.indexOf(NOTICE)).toBeLessThan(html.indexOf("export.pdf"));
    expect(await page(`/cases/${plainCase}/export`)).not.toContain(NOTICE);
  });

  it("shows on the audit page only when the audit holds such characters", async () => {
    expect(await page(`/cases/${emojiCase}/audit`)).toContain(NOTICE);
    expect(await page(`/cases/${plainCase}/audit`)).not.toContain(NOTICE);
  });

  it("shows on an evidence pack's page only when the pack holds such characters", async () => {
    expect(await page(await makePack(plainCase, "Pack for the review 🙂"))).toContain(
      "Some characters (emoji)",
    );
    expect(await page(await makePack(plainCase, "Pack for the review"))).not.toContain(NOTICE);
  });

  it("shows on a letter's page when the letter holds such characters, and the Word version keeps them", async () => {
    const letterPath = await writeLetter(plainCase, "Thank you 🙏 from Ştefan and Αλέξανδρος.");
    const html = await page(letterPath);
    expect(html).toContain(
      `Some characters (emoji) ${NOTICE}. It shows [emoji] in their place. The Word version keeps them.`,
    );

    const pdf = await client.get(`${letterPath}/letter.pdf`);
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())),
      { mergePages: true },
    );
    expect(text.replace(/\s+/g, " ")).toContain("Thank you [emoji] from Ştefan and Αλέξανδρος.");

    const word = await client.get(`${letterPath}/letter.docx`);
    const { value } = await mammoth.extractRawText({
      buffer: Buffer.from(await word.arrayBuffer()),
    });
    expect(value).toContain("Thank you 🙏 from Ştefan and Αλέξανδρος.");

    expect(
      await page(await writeLetter(plainCase, "Thank you from Ştefan and Αλέξανδρος.")),
    ).not.toContain(NOTICE);
  });
});
