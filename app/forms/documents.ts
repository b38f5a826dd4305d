// Form schemas for the evidence library: the details given with an upload, the details of one
// document, and the filter of the list. Shared by the pages (limits, labels) and their actions.
import { z } from "zod";
import { AREAS_OF_NEED } from "~/domain/areas-of-need";
import { DOCUMENT_SOURCES } from "~/domain/codes/documents";
import { DOCUMENT_TITLE_LIMIT } from "~/domain/documents/title-from-file-name";
import { calendarDate, checkboxes, optionalChoice, optionalText, requiredText } from "./fields";

export { DOCUMENT_SOURCES, DOCUMENT_SOURCE_LABELS, type DocumentSource } from "~/domain/codes/documents";

/** How many files one upload may carry: enough for a folder of papers, few enough to check afterwards. */
export const MAX_FILES_PER_UPLOAD = 20;

export const DOCUMENT_LIMITS = {
  title: DOCUMENT_TITLE_LIMIT,
  author: 200,
  tags: 500,
  tag: 50,
  tagCount: 20,
} as const;

/** "20 MB", "350 KB", "12 bytes": sizes as people read them (1 MB = 1,048,576 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 || Number.isInteger(megabytes) ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

/** Free tags typed as "reading, EP report, phonics": trimmed, without repeats (ignoring case). */
const tagsField = z.preprocess(
  (value) => (typeof value === "string" ? value : ""),
  z
    .string()
    .max(DOCUMENT_LIMITS.tags, `Tags must be ${DOCUMENT_LIMITS.tags} characters or fewer in all`)
    .transform((value) => {
      const seen = new Set<string>();
      const tags: string[] = [];
      for (const raw of value.split(",")) {
        const tag = raw.trim().replace(/\s+/g, " ");
        if (tag === "" || seen.has(tag.toLowerCase())) continue;
        seen.add(tag.toLowerCase());
        tags.push(tag);
      }
      return tags;
    })
    .refine(
      (tags) => tags.every((tag) => tag.length <= DOCUMENT_LIMITS.tag),
      `Each tag must be ${DOCUMENT_LIMITS.tag} characters or fewer`,
    )
    .refine(
      (tags) => tags.length <= DOCUMENT_LIMITS.tagCount,
      `Use ${DOCUMENT_LIMITS.tagCount} tags or fewer`,
    ),
);

const sourceField = z.preprocess(
  (value) => (value === undefined || value === "" ? "other" : value),
  z.enum(DOCUMENT_SOURCES, { error: "Choose where the document came from" }),
);

const sharedFields = {
  source: sourceField,
  author: optionalText(DOCUMENT_LIMITS.author, "Who wrote it"),
  areas: checkboxes(AREAS_OF_NEED, "Choose areas of need from the list"),
  tags: tagsField,
};

/** The details given once for every file of an upload; each file's title and date come from the file. */
export const uploadDetailsFormSchema = z.object(sharedFields);
export type UploadDetails = z.infer<typeof uploadDetailsFormSchema>;

/** One document's details, as the parent corrects them after the upload. */
export const documentDetailsFormSchema = z.object({
  intent: z.literal("update"),
  title: requiredText(DOCUMENT_LIMITS.title, "Enter a title for the document", "The title"),
  date: calendarDate({ name: "the date of the document", required: false }),
  ...sharedFields,
});
export type DocumentDetails = Omit<z.infer<typeof documentDetailsFormSchema>, "intent">;

export const deleteDocumentFormSchema = z.object({ intent: z.literal("delete") });

/** Every form on a document's page, told apart by its button's intent. */
export const documentActionSchema = z.discriminatedUnion("intent", [documentDetailsFormSchema, deleteDocumentFormSchema]);

/** The list's filter, from the address: anything unknown is simply no filter. */
export const documentFilterSchema = z.object({
  source: optionalChoice(DOCUMENT_SOURCES, "").catch(null),
  area: optionalChoice(AREAS_OF_NEED, "").catch(null),
});
export type DocumentFilter = z.infer<typeof documentFilterSchema>;
