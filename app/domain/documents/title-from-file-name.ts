// A readable title for an uploaded file, made from its name, for the parent to keep or change.

/** The longest title a document may have (the details form allows the same). */
export const DOCUMENT_TITLE_LIMIT = 200;

/**
 * The file's name without its folder or extension, with underscores, dashes and dots between
 * words turned into spaces; "Untitled document" when nothing is left.
 *
 * @example titleFromFileName("EP_report-final.v2.pdf") // "EP report final v2"
 */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? "";
  const withoutExtension = base.replace(/\.[a-z0-9]{1,5}$/i, "");
  const title = withoutExtension
    .replace(/[_.-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return title === "" ? "Untitled document" : title.slice(0, DOCUMENT_TITLE_LIMIT).trim();
}
