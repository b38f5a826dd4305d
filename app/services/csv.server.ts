// The one CSV reader: an uploaded spreadsheet saved as CSV becomes rows of text cells, or a plain
// sentence saying why it cannot. Routes call it; what the rows mean is the domain's business
// (for example readSessionRows in app/domain/delivery).
import { parse } from "csv-parse/sync";

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; error: string };

/**
 * Reads an uploaded CSV file into rows of cells. The file must be a small text file: checked by
 * size, by decoding it strictly as UTF-8, and by refusing the NUL bytes that every binary file (a
 * spreadsheet saved as .xlsx, a picture) holds. Rows may have different numbers of cells, blank
 * rows are kept (so line numbers match the spreadsheet's) and a byte order mark is dropped.
 *
 * Example: a file holding "date,status\n03/10/2025,held\n" gives
 * { ok: true, rows: [["date", "status"], ["03/10/2025", "held"]] }.
 */
export async function readCsvFile(
  file: FormDataEntryValue | null,
  { maxBytes, missing }: { maxBytes: number; /** What to say when no file was chosen. */ missing: string },
): Promise<CsvRead> {
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, error: missing };
  if (file.size > maxBytes) return { ok: false, error: `The file must be ${Math.floor(maxBytes / 1024)} KB or smaller` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, error: NOT_TEXT };
  }
  if (text.includes("\u0000")) return { ok: false, error: NOT_TEXT };
  try {
    return { ok: true, rows: parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][] };
  } catch {
    return { ok: false, error: "We could not read the file as a spreadsheet. Save it as CSV and try again" };
  }
}

const NOT_TEXT = "The file must be a CSV file (text). In a spreadsheet, choose Save as, then CSV";
