// Renders the provision audit as an A4 PDF with pdf-lib and the shared PDF fonts
// (fonts.server.ts): a title, the child's name, a table per line of support, and page numbers.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate, formatMinutes, formatRate, plural } from "~/domain/presentation";
import { describeMapDifference, describeRate, describeReasons, type ProvisionAudit } from "~/domain/delivery";
import { embedPdfFonts, measureText, toPdfText, wrapText } from "./fonts.server";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const INK = rgb(0.11, 0.14, 0.2);
const MUTED = rgb(0.29, 0.33, 0.41);
const COLUMNS = [
  { title: "Term", width: 115 },
  { title: "Planned", width: 50 },
  { title: "Held", width: 45 },
  { title: "Cancelled", width: 60 },
  { title: "Not known", width: 60 },
  { title: "Rate", width: 50 },
  { title: "Time missed", width: 115 },
];

/** "audit-robin-hale-2026-03-01.csv": a file name with only safe characters. */
export function auditFileName(childName: string, today: string, extension: "csv" | "pdf"): string {
  const slug = childName.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "child";
  return `audit-${slug}-${today}.${extension}`;
}

class Writer {
  pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  constructor(
    private doc: PDFDocument,
    private font: PDFFont,
    private bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  ensure(space: number) {
    if (this.y - space < MARGIN + 20) this.newPage();
  }

  /** Writes wrapped text at x, moving down; returns nothing. */
  text(value: string, options: { size?: number; bold?: boolean; color?: typeof INK; x?: number; width?: number } = {}) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const x = options.x ?? MARGIN;
    const width = options.width ?? A4[0] - MARGIN - x;
    for (const line of wrapText(toPdfText(value, font), font, size, width)) {
      this.ensure(size * 1.4);
      this.page.drawText(line, { x, y: this.y - size, size, font, color: options.color ?? INK });
      this.y -= size * 1.4;
    }
  }

  gap(points: number) {
    this.y -= points;
  }

  row(cells: string[], options: { bold?: boolean } = {}) {
    const size = 9;
    this.ensure(size * 1.8);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = COLUMNS[i]!.width;
      const font = options.bold || i === 0 ? this.bold : this.font;
      const [first = ""] = wrapText(toPdfText(cell, font), font, size, width - 4);
      this.page.drawText(first, { x, y: this.y - size, size, font, color: INK });
      x += width;
    });
    this.y -= size * 1.5;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: A4[0] - MARGIN, y: this.y + 2 }, thickness: 0.5, color: MUTED });
    this.y -= 3;
  }
}

/** The audit as PDF bytes. */
export async function renderAuditPdf({ childName, today, audit }: { childName: string; today: string; audit: ProvisionAudit }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Promised against delivered: ${childName}`);
  doc.setCreator("Clearpath");
  doc.setProducer("Clearpath");
  // Dated by the day, not the second: the same audit on the same day is the same file.
  doc.setCreationDate(new Date(`${today}T00:00:00Z`));
  doc.setModificationDate(new Date(`${today}T00:00:00Z`));
  const { regular: font, bold } = await embedPdfFonts(doc);
  const out = new Writer(doc, font, bold);

  out.text("Promised against delivered", { size: 20, bold: true });
  out.gap(4);
  out.text(`${childName}: the support each plan promised, and what the records say happened.`, { size: 12 });
  out.text(`Correct to ${formatDate(today)}. Made with Clearpath.`, { color: MUTED });
  out.gap(6);
  out.text(
    "The delivery rate is the sessions held out of those known: a session not known either way is left out. Terms are split by month: autumn September to December, spring January to March, summer April to August.",
    { color: MUTED, size: 9 },
  );
  out.gap(10);
  if (audit.lines.length === 0) out.text("No lines of support recorded yet.");
  else out.text(`All support together. ${describeRate(audit.total)}`, { bold: true });

  for (const line of audit.lines) {
    out.gap(12);
    out.ensure(110);
    out.text(line.what, { size: 13, bold: true });
    out.text([line.cycleTitle, line.who, line.durationMinutes ? `${plural(line.durationMinutes, "minute")} a session` : null].filter(Boolean).join(" - "), { color: MUTED });
    out.text(describeRate(line.total));
    out.gap(4);
    out.row(COLUMNS.map((c) => c.title), { bold: true });
    const terms = line.terms.map((t) => ({ label: t.term.label, tally: t as typeof line.total }));
    for (const { label, tally } of line.terms.length > 1 ? [...terms, { label: "All terms", tally: line.total }] : terms) {
      out.row([label, String(tally.planned), String(tally.held), String(tally.cancelled), String(tally.unknown), formatRate(tally.deliveryRate), formatMinutes(tally.minutesMissed)]);
    }
    out.gap(2);
    out.text(`Why sessions were missed: ${describeReasons(line.total)}`, { size: 9 });
    if (line.provisionMap.note) out.text(`The school's provision map says: "${line.provisionMap.note}"`, { size: 9 });
    const difference = describeMapDifference(line.provisionMap, line.total.held);
    if (difference) out.text(`${line.provisionMap.hasDifference ? "DIFFERENCE: " : ""}${difference}`, { size: 9, bold: line.provisionMap.hasDifference });
  }

  if (audit.reviews.some((review) => review.views.length > 0)) {
    out.gap(14);
    out.text("How well each provision worked, at each review", { size: 13, bold: true });
    for (const review of audit.reviews) {
      if (review.views.length === 0) continue;
      out.gap(4);
      out.text(`Review on ${formatDate(review.date)} (${review.cycleTitle})`, { bold: true });
      for (const view of review.views) {
        out.text(`${view.what}. Your view: ${view.parentView ?? "not recorded"}. The school's view: ${view.schoolView ?? "not recorded"}.`, { size: 9, x: MARGIN + 10 });
      }
    }
  }

  out.pages.forEach((page, index) => {
    const label = `Page ${index + 1} of ${out.pages.length}`;
    page.drawText(label, { x: A4[0] - MARGIN - measureText(label, font, 9), y: MARGIN - 20, size: 9, font, color: MUTED });
    page.drawText(toPdfText(`${childName}: promised against delivered`, font), { x: MARGIN, y: MARGIN - 20, size: 9, font, color: MUTED });
  });
  return doc.save();
}
