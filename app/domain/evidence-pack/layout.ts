// How an evidence pack is laid out: a cover, an index, then each part (the chronology, the summary
// of support, each document) in order, numbered continuously. The index needs the parts' page
// counts, and the parts start after the index, so its length is fixed by its number of rows.

export const COVER_PAGES = 1;
/** Rows that fit on one index page with its heading, each with a note line, at the size drawn. */
export const INDEX_ROWS_PER_PAGE = 22;

export type PackPart = { title: string; pages: number; note: string | null };

export type IndexRow = { number: number; title: string; note: string | null; firstPage: number; lastPage: number };

export type PackLayout = { indexPages: number; totalPages: number; rows: IndexRow[] };

/** Pages the index takes for `rows` rows: at least one, so an empty pack still says it is empty. */
export function indexPageCount(rows: number): number {
  return Math.max(1, Math.ceil(rows / INDEX_ROWS_PER_PAGE));
}

/**
 * Gives each part its page range. Example: parts of 3, 2 and 10 pages after a cover and one
 * index page run 3–5, 6–7 and 8–17, in a pack of 17 pages.
 */
export function layoutPack(parts: readonly PackPart[]): PackLayout {
  const indexPages = indexPageCount(parts.length);
  let next = COVER_PAGES + indexPages + 1;
  const rows = parts.map((part, index) => {
    const pages = Math.max(1, part.pages);
    const row = { number: index + 1, title: part.title, note: part.note, firstPage: next, lastPage: next + pages - 1 };
    next += pages;
    return row;
  });
  return { indexPages, totalPages: next - 1, rows };
}

/** "Page 12 of 300": what is stamped at the foot of every page. */
export function pageLabel(page: number, total: number): string {
  return `Page ${page} of ${total}`;
}

/** "pages 6–7", or "page 8" for one page. */
export function describeRange(row: Pick<IndexRow, "firstPage" | "lastPage">): string {
  return row.firstPage === row.lastPage ? `page ${row.firstPage}` : `pages ${row.firstPage}–${row.lastPage}`;
}

/** "evidence-pack-robin-hale-2026-11-23.pdf": a file name with only safe characters. */
export function packFileName(title: string, today: string): string {
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "evidence-pack";
  return `${slug}-${today}.pdf`;
}
