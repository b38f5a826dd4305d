// The case search box: one field, `q`, read from the address. Anything odd in it is cut down,
// never refused: a search with no words simply shows how to search.
import { z } from "zod";

/** The longest query kept: nobody types more, and the database parses it on every search. */
export const CASE_SEARCH_LIMIT = 200;

export const caseSearchSchema = z.object({
  q: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.string().transform((q) => q.slice(0, CASE_SEARCH_LIMIT)),
  ),
  /** Which page of results, from 1; anything else is the first. */
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type CaseSearch = z.infer<typeof caseSearchSchema>;
