// Form schemas for evidence packs: making one, saving its details and documents, moving a
// document up or down, and deleting it.
import { z } from "zod";
import { optionalText, requiredText } from "./fields";

export const PACK_LIMITS = { title: 200, purpose: 500 } as const;

/** What the parts a pack can include are called, for the checkboxes. */
export const PACK_PARTS = ["chronology", "summary"] as const;
export const PACK_PART_LABELS: Record<(typeof PACK_PARTS)[number], string> = {
  chronology: "The chronology: everything dated in the case, oldest first",
  summary: "A summary of the support and its impact",
};

const details = {
  title: requiredText(PACK_LIMITS.title, "Enter a title for the pack", "The title"),
  purpose: optionalText(PACK_LIMITS.purpose, "What it is for"),
  parts: z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(PACK_PARTS, { error: "Choose parts from the list" })),
  ),
};

function toDetails<T extends { title: string; purpose: string | null; parts: Array<(typeof PACK_PARTS)[number]> }>({ parts, ...rest }: T) {
  return { ...rest, includeChronology: parts.includes("chronology"), includeSummary: parts.includes("summary") };
}

export const createPackFormSchema = z.object({ intent: z.literal("create"), ...details }).transform(toDetails);

export const savePackFormSchema = z
  .object({
    intent: z.literal("save"),
    ...details,
    documentIds: z.preprocess(
      (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.uuid({ error: "Choose documents from the list" })),
    ),
  })
  .transform(({ intent, documentIds, ...rest }) => ({ intent, documentIds, details: toDetails(rest) }));

export const movePackDocumentFormSchema = z.object({
  intent: z.literal("move"),
  documentId: z.uuid(),
  direction: z.enum(["up", "down"]),
});
