// The working document and the witness statement as Word files (the `docx` package): A4, Arial
// 12-point (R-TRIB-EXPERTS asks for at least 12-point). The working document marks each change
// with real runs in the tribunal's key (bold, italic, underline, strike; R-TRIB-WORKING-DOC), with
// no tracked changes or comments, and its evidence in real footnotes. The statement's paragraphs
// are numbered by Word's own numbering.
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type IRunOptions } from "docx";
import { formatDate } from "~/domain/presentation";
import { MARKUP_KEY, paragraphText, type Marks } from "~/domain/tribunal";
import { coreProperties, stampZipEntries } from "~/services/letters/docx.server";
import { withoutControlCharacters } from "~/services/letters/letter-file";
import type { StatementContent, WorkingDocumentContent } from "./content.server";

const FONT = "Arial";
/** Half-points: 12 pt. */
const BODY_SIZE = 24;
/** Half-points: 10 pt for footnotes. */
const FOOTNOTE_SIZE = 20;
/** Twentieths of a point: 2.54 cm margins, 8 pt after each paragraph. */
const MARGIN = 1440;
const AFTER = 160;
const STATEMENT_NUMBERING = "statement-paragraphs";

const clean = withoutControlCharacters;

function markedRun(text: string, marks: Marks, options: IRunOptions = {}): TextRun {
  return new TextRun({
    ...options,
    text: clean(text),
    bold: marks.bold || undefined,
    italics: marks.italic || undefined,
    underline: marks.underline ? {} : undefined,
    strike: marks.strike || undefined,
  });
}

function plain(text: string, options: { bold?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number } = {}): Paragraph {
  return new Paragraph({ alignment: options.alignment, spacing: { after: AFTER, before: options.before }, children: [new TextRun({ text: clean(text), bold: options.bold })] });
}

async function pack(document: Document, title: string, date: string): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(document, false, [{ path: "docProps/core.xml", data: coreProperties(title, date) }]);
  return stampZipEntries(new Uint8Array(packed), date);
}

function documentOptions(title: string) {
  return {
    creator: "Clearpath",
    title,
    styles: {
      default: { document: { run: { font: FONT, size: BODY_SIZE } } },
      paragraphStyles: [{ id: "FootnoteText", name: "footnote text", basedOn: "Normal", run: { size: FOOTNOTE_SIZE } }],
    },
  };
}

const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } };

/** The working document as the bytes of a .docx file. */
export async function renderWorkingDocumentDocx(content: WorkingDocumentContent): Promise<Uint8Array> {
  const { document: working } = content;
  const footnotes = Object.fromEntries(
    working.footnotes.map((footnote) => [footnote.number, { children: [new Paragraph({ children: [new TextRun({ text: clean(footnote.text), size: FOOTNOTE_SIZE })] })] }]),
  );
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: AFTER }, children: [new TextRun({ text: clean(content.title), bold: true, size: 32 })] }),
    plain(`Prepared by the family on ${formatDate(content.date)}.`),
    plain("Key", { bold: true, before: 120 }),
    ...MARKUP_KEY.map((entry) => new Paragraph({ spacing: { after: 60 }, children: [markedRun(entry.meaning, entry.marks)] })),
    plain("Evidence for each change is in the footnotes, by page of the bundle.", { before: 120 }),
  ];
  for (const section of working.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: AFTER }, children: [new TextRun({ text: section.title, bold: true, size: 28 })] }));
    if (section.lines.length === 0) children.push(plain("Nothing in this section yet."));
    for (const line of section.lines) {
      children.push(
        new Paragraph({
          spacing: { after: AFTER },
          children: [...line.runs.map((r) => markedRun(r.text, r.marks)), ...(line.footnote !== null ? [new FootnoteReferenceRun(line.footnote)] : [])],
        }),
      );
    }
  }
  const document = new Document({ ...documentOptions(content.title), footnotes, sections: [{ properties: { page: PAGE }, children }] });
  return pack(document, content.title, content.date);
}

/** The witness statement as the bytes of a .docx file. */
export async function renderStatementDocx(content: StatementContent): Promise<Uint8Array> {
  const { statement } = content;
  const children: Paragraph[] = [
    ...statement.heading.map((line, index) => plain(line, { alignment: AlignmentType.CENTER, bold: index === 0 })),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [new TextRun({ text: clean(statement.title), bold: true, size: 32 })] }),
    ...statement.paragraphs.map(
      (paragraph) =>
        new Paragraph({ numbering: { reference: STATEMENT_NUMBERING, level: 0 }, spacing: { after: AFTER }, children: [new TextRun(clean(paragraphText(paragraph)))] }),
    ),
    plain("Statement of truth", { bold: true, before: 240 }),
    plain(statement.statementOfTruth),
    ...statement.signature.lines.map((line) => plain(line, { before: 360 })),
  ];
  const document = new Document({
    ...documentOptions(statement.title),
    numbering: {
      config: [
        {
          reference: STATEMENT_NUMBERING,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } }],
        },
      ],
    },
    sections: [{ properties: { page: PAGE }, children }],
  });
  return pack(document, statement.title, content.date);
}
