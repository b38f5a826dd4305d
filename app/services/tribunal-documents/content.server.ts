// What an exported working document or witness statement is kept as (appeal_documents.content):
// the built document and the day it was made, so a version downloads again exactly as it was,
// whatever has changed in the case since. Read back with a check of its shape.
import type { CalendarDate } from "~/domain/calendar/calendar-date";
import type { WitnessStatement, WorkingDocument } from "~/domain/tribunal";

/** The first shape of the kept content; a later shape gets a new number and a reader for the old one. */
const FORMAT = 1;

export type WorkingDocumentContent = {
  format: typeof FORMAT;
  kind: "working_document";
  date: CalendarDate;
  /** "Working document: Robin Hale's appeal (Sections B and F)". */
  title: string;
  document: WorkingDocument;
};

export type StatementContent = {
  format: typeof FORMAT;
  kind: "witness_statement";
  date: CalendarDate;
  statement: WitnessStatement;
};

export function workingDocumentContent(date: CalendarDate, title: string, document: WorkingDocument): WorkingDocumentContent {
  return { format: FORMAT, kind: "working_document", date, title, document };
}

export function statementContent(date: CalendarDate, statement: WitnessStatement): StatementContent {
  return { format: FORMAT, kind: "witness_statement", date, statement };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The kept content of a working document, or null when it is not one this version can read. */
export function readWorkingDocumentContent(value: unknown): WorkingDocumentContent | null {
  if (!isObject(value) || value.format !== FORMAT || value.kind !== "working_document" || !isObject(value.document)) return null;
  const document = value.document;
  if (!Array.isArray(document.sections) || !Array.isArray(document.footnotes) || typeof value.date !== "string" || typeof value.title !== "string") return null;
  return value as WorkingDocumentContent;
}

/** The kept content of a witness statement, or null when it is not one this version can read. */
export function readStatementContent(value: unknown): StatementContent | null {
  if (!isObject(value) || value.format !== FORMAT || value.kind !== "witness_statement" || !isObject(value.statement)) return null;
  if (!Array.isArray(value.statement.paragraphs) || typeof value.date !== "string") return null;
  return value as StatementContent;
}

/** "working-document-v3-2026-12-06.docx". */
export function tribunalDocumentFileName(kind: "working-document" | "witness-statement", version: number, date: CalendarDate, extension: "docx" | "pdf"): string {
  return `${kind}-v${version}-${date}.${extension}`;
}
