// Form schemas for evidence packs: making one (with its documents), saving its details and documents, moving a
// document up or down, deleting it, and sharing it by a link.
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

/** The documents ticked for a pack (none is fine). */
const documentIds = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid({ error: "Choose documents from the list" })),
);

/** Making a pack: its details and its documents, in one form. */
export const createPackFormSchema = z
  .object({ intent: z.literal("create"), ...details, documentIds })
  .transform(({ intent, documentIds, ...rest }) => ({ intent, documentIds, details: toDetails(rest) }));

export const savePackFormSchema = z
  .object({ intent: z.literal("save"), ...details, documentIds })
  .transform(({ intent, documentIds, ...rest }) => ({ intent, documentIds, details: toDetails(rest) }));

export const movePackDocumentFormSchema = z.object({
  intent: z.literal("move"),
  documentId: z.uuid(),
  direction: z.enum(["up", "down"]),
});

export const deletePackFormSchema = z.object({ intent: z.literal("delete") });

/** The evidence packs page's one form: make a pack with its documents. */
export const packsActionSchema = z.discriminatedUnion("intent", [createPackFormSchema]);

/** Every form on one pack's page, told apart by its button's intent. */
export const packActionSchema = z.discriminatedUnion("intent", [savePackFormSchema, movePackDocumentFormSchema, deletePackFormSchema]);

const LINK_DAYS = "Enter how many days the link works, from 1 to 30";

/** A link to a pack or a bundle: who it is for, how many days it works, and an optional passcode. */
export const shareLinkFormSchema = z.object({
  intent: z.literal("create"),
  label: requiredText(100, "Say who the link is for, for example “Tribunal representative”", "Who it is for"),
  days: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.coerce.number({ error: LINK_DAYS }).int("Enter a whole number of days").min(1, LINK_DAYS).max(30, LINK_DAYS),
  ),
  passcode: optionalText(100, "The passcode").refine((v) => v === null || v.length >= 6, { message: "A passcode must be at least 6 characters, or leave it empty" }),
});

/** Withdrawing a link. A link that is not the pack's or bundle's, or none, is answered as already withdrawn. */
export const revokeShareLinkFormSchema = z.object({ intent: z.literal("revoke"), linkId: z.string().default("") });

/** The forms on a sharing page (an evidence pack's or an appeal bundle's): make a link, withdraw one. */
export const shareLinkActionSchema = z.discriminatedUnion("intent", [shareLinkFormSchema, revokeShareLinkFormSchema]);
