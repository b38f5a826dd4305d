// Long lists a page at a time: which page the address asks for (`?page=2`), and which rows that
// page holds. Anything odd in `page` is the first page, never an error (decision 122).
import { z } from "zod";

/** Which page, from 1; anything else is the first. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The page the address asks for. @example readPageNumber(new URL("https://x/t?page=3")) // 3 */
export function readPageNumber(url: URL): number {
  return pageNumberSchema.parse(url.searchParams.get("page") ?? undefined);
}

export type PageSlice = {
  /** The page shown, from 1. */
  page: number;
  /** How many pages in all (at least 1, so an empty list is one empty page). */
  pageCount: number;
  /** How many rows in all. */
  total: number;
  /** Rows to skip before this page, and how many it holds at most. */
  offset: number;
  limit: number;
  /** Whether the page asked for is past the last one (an old link after rows were removed). */
  isPastEnd: boolean;
};

/**
 * Where page `page` of `total` rows starts and ends, `pageSize` to a page.
 *
 * @example slicePage({ total: 250, page: 2, pageSize: 100 }) // { page: 2, pageCount: 3, offset: 100, limit: 100, … }
 */
export function slicePage({ total, page, pageSize }: { total: number; page: number; pageSize: number }): PageSlice {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page, pageCount, total, offset: (page - 1) * pageSize, limit: pageSize, isPastEnd: page > pageCount };
}

/**
 * The page numbers to link to: the first, the last, and two either side of the current one,
 * with null where numbers are left out, so the links fit on a phone however many pages there are.
 *
 * @example pageLinks(6, 20) // [1, null, 4, 5, 6, 7, 8, null, 20]
 */
export function pageLinks(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  // A gap of one number is shown as that number: "…" would take as much room.
  return sorted.flatMap((n, i) => {
    const before = sorted[i - 1];
    if (before === undefined || n === before + 1) return [n];
    return n === before + 2 ? [before + 1, n] : [null, n];
  });
}
