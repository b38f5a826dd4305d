// Form schemas for the delivery log (marking sessions, bulk entry, CSV import) and for what the
// school's provision map says on the audit page.
import { z } from "zod";
import { BULK_ENTRY_LIMIT, CANCEL_REASONS, SESSION_STATUSES } from "~/domain/delivery";
import { optionalText, requiredText } from "./fields";

export { BULK_ENTRY_LIMIT };

/** The largest spreadsheet we take: a year of daily sessions is under 20 KB. */
export const CSV_FILE_LIMIT_BYTES = 200 * 1024;
export const PROVISION_MAP_NOTE_LIMIT = 1000;
/** A provision map counting more sessions than this for one line is a typing mistake. */
export const PROVISION_MAP_SESSIONS_LIMIT = 2000;

const provisionId = (message: string) => z.preprocess((v) => (typeof v === "string" ? v : ""), z.uuid({ error: message }));
const sessionDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One form per provision line: a status (and a reason) for each session, keyed by its date. */
export const markSessionsFormSchema = z.object({
  intent: z.literal("mark"),
  provisionId: provisionId("Choose which support this is about"),
  status: z.record(sessionDate, z.enum(SESSION_STATUSES, { error: "Choose held, cancelled or not known for each session" })),
  reason: z
    .record(sessionDate, z.union([z.enum(CANCEL_REASONS), z.literal("")], { error: "Choose a reason from the list" }))
    .optional()
    .default({}),
});
export type MarkSessionsForm = z.infer<typeof markSessionsFormSchema>;

export const bulkEntryFormSchema = z.object({
  intent: z.literal("bulk"),
  provisionId: provisionId("Choose which support the sessions are for"),
  text: requiredText(BULK_ENTRY_LIMIT, "Write what the school's records say, for example: all held except 3 and 17 October", "What the records say"),
  /**
   * The confirmation step's answers, keyed by a date the text names that is not a planned
   * session: "extra", or the planned date it meant. An answer that is neither is asked again.
   */
  answer: z.record(sessionDate, z.string().max(10)).optional().default({}),
});

/** The file itself is checked in the action: Zod sees only the text fields of a form. */
export const importFormSchema = z.object({
  intent: z.literal("import"),
  importFor: provisionId("Choose which support the spreadsheet is for"),
});

export const provisionMapFormSchema = z.object({
  intent: z.literal("map"),
  provisionId: provisionId("Choose which support this is about"),
  mapNote: optionalText(PROVISION_MAP_NOTE_LIMIT, "What the provision map says"),
  mapSessions: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .regex(/^\d*$/, "Enter the number of sessions as a whole number, like 24, or leave it empty")
      .transform((v) => (v === "" ? null : Number(v)))
      .refine((v) => v === null || v <= PROVISION_MAP_SESSIONS_LIMIT, `The number of sessions must be ${PROVISION_MAP_SESSIONS_LIMIT} or fewer`),
  ),
});

/** Every form on the delivery log, told apart by its button's intent. */
export const deliveryActionSchema = z.discriminatedUnion("intent", [markSessionsFormSchema, bulkEntryFormSchema, importFormSchema]);

/** The audit page's one form, what the provision map says, named by its button's intent like every other. */
export const auditActionSchema = z.discriminatedUnion("intent", [provisionMapFormSchema]);
