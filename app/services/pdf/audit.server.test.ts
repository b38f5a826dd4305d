import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { buildProvisionAudit } from "~/domain/delivery";
import { auditFileName, renderAuditPdf } from "./audit.server";

const audit = buildProvisionAudit(
  [
    {
      id: "p1",
      what: "Phonics – catch-up “group”",
      who: "TA",
      cycleTitle: "Autumn plan",
      durationMinutes: 20,
      provisionMapNote: "3 x 20 minutes",
      provisionMapSessions: 5,
      sessions: [
        { date: "2025-10-06", status: "held", cancelReason: null },
        { date: "2025-10-08", status: "cancelled", cancelReason: "trip" },
      ],
    },
  ],
  [],
);

describe("renderAuditPdf", () => {
  it("makes a PDF, the same bytes for the same audit on the same day, whatever the characters in a name", async () => {
    const first = Buffer.from(await renderAuditPdf({ childName: "Zoë Łukasz 😀", today: "2026-01-01", audit }));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = Buffer.from(await renderAuditPdf({ childName: "Zoë Łukasz 😀", today: "2026-01-01", audit }));
    expect(first.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(first.equals(second)).toBe(true);
  });

  it("adds pages, each numbered, when the audit is long", async () => {
    const long = { ...audit, lines: Array.from({ length: 12 }, (_, i) => ({ ...audit.lines[0]!, id: `p${i}` })) };
    const bytes = Buffer.from(await renderAuditPdf({ childName: "Robin", today: "2026-01-01", audit: long }));
    const { PDFDocument } = await import("pdf-lib");
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
  });
});

describe("renderAuditPdf and the languages families write in", () => {
  async function textOf(bytes: Uint8Array): Promise<string> {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    return text.replace(/\s+/g, " ");
  }

  it("prints names and words in European languages as typed, with no question marks", async () => {
    const line = { ...audit.lines[0]!, what: "Ştefan Dvořák’s speech group", who: "Gwenllïan ap Dafydd ŵŷ", cycleTitle: "Plan for Дмитрий" };
    const text = await textOf(await renderAuditPdf({ childName: "Zoë Łukasiewicz-Ó Briain", today: "2026-01-01", audit: { ...audit, lines: [line] } }));
    for (const typed of ["Zoë Łukasiewicz-Ó Briain", "Ştefan Dvořák’s speech group", "Gwenllïan ap Dafydd ŵŷ", "Plan for Дмитрий"]) expect(text).toContain(typed);
    expect(text).not.toContain("?");
  });

  it("prints emoji and Arabic as a bracketed note, not a question mark", async () => {
    const line = { ...audit.lines[0]!, what: "Reading 📚 with أحمد" };
    const text = await textOf(await renderAuditPdf({ childName: "Αλέξανδρος 😀", today: "2026-01-01", audit: { ...audit, lines: [line] } }));
    expect(text).toContain("Αλέξανδρος [emoji]");
    expect(text).toContain("Reading [emoji] with [Arabic script]");
    expect(text).not.toContain("?");
  });
});

describe("auditFileName", () => {
  it("keeps only safe characters", () => {
    expect(auditFileName("Zoë O'Neil", "2026-01-01", "csv")).toBe("audit-zoe-o-neil-2026-01-01.csv");
    expect(auditFileName("😀", "2026-01-01", "pdf")).toBe("audit-child-2026-01-01.pdf");
  });
});
