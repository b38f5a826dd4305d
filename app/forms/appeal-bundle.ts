// Form schemas for an appeal's evidence bundle: putting a document of the case in a section (as a
// document, an expert report with its summary and date, or a witness statement), changing how it
// is filed, taking it out, and marking the bundle as sent (which fixes its page numbers).
import { z } from "zod";
import { BUNDLE_ITEM_KINDS, BUNDLE_SECTIONS } from "~/domain/codes/tribunal";
import { calendarDate } from "./fields";

/** A summary longer than this is not a summary: the limit is 2 pages (R-TRIB-EXPERTS). */
export const MAX_SUMMARY_PAGES = 99;

const summaryPages = z.preprocess(
  (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : typeof value === "string" ? value.trim() : value),
  z.coerce
    .number({ error: "Enter the summary's length as a number of pages, for example 2" })
    .int("Enter a whole number of pages, for example 2")
    .min(0, "Enter 0 or more pages: 0 when the report has no summary")
    .max(MAX_SUMMARY_PAGES, `Enter ${MAX_SUMMARY_PAGES} pages or fewer`)
    .nullable(),
);

const filing = {
  section: z.enum(BUNDLE_SECTIONS, { error: "Choose the section it goes in" }),
  kind: z.enum(BUNDLE_ITEM_KINDS, { error: "Choose what kind of document it is" }),
  summaryPages,
  reportDate: calendarDate({ name: "the date of the report", required: false }),
};

/** The summary and date are an expert report's only: for other kinds they are not kept. */
function keepReportDetails<T extends { kind: (typeof BUNDLE_ITEM_KINDS)[number]; summaryPages: number | null; reportDate: string | null }>(value: T): T {
  return value.kind === "expert_report" ? value : { ...value, summaryPages: null, reportDate: null };
}

export const addBundleItemFormSchema = z
  .object({ intent: z.literal("add"), documentId: z.uuid({ error: "Choose a document of the case" }), ...filing })
  .transform(keepReportDetails);

export const updateBundleItemFormSchema = z.object({ intent: z.literal("update"), itemId: z.uuid(), ...filing }).transform(keepReportDetails);

export const removeBundleItemFormSchema = z.object({ intent: z.literal("remove"), itemId: z.uuid() });

/** Marking the bundle as sent: the person confirms that the page numbers are then fixed. */
export const fixBundleFormSchema = z.object({
  intent: z.literal("fix"),
  confirm: z.literal("yes", { error: "Tick the box to confirm the bundle was sent as it is now" }),
});

/** Every form on the bundle page, told apart by its button's intent. */
export const bundleActionSchema = z.discriminatedUnion("intent", [addBundleItemFormSchema, updateBundleItemFormSchema, removeBundleItemFormSchema, fixBundleFormSchema]);
