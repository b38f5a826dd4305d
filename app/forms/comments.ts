// Form schemas for comments and adviser notes.
import { z } from "zod";
import { calendarDate, requiredText } from "./fields";

/**
 * A page of a case as comments name it ("" for the overview, "needs", "support/<id>"): letters,
 * digits and / . _ - only, no empty or dot segments. It ends up in a redirect's Location header.
 */
export function isCasePagePath(page: string): boolean {
  if (page === "") return true;
  return /^[a-zA-Z0-9/._-]{1,300}$/.test(page) && page.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}

export const commentFormSchema = z.object({
  page: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(300)),
  commentBody: requiredText(5000, "Write your comment", "Your comment"),
});

export const noteFormSchema = z.object({
  intent: z.literal("add"),
  heldOn: calendarDate({ name: "the date of the session", required: true }),
  title: requiredText(200, "Enter a title for the note, for example “Phone call about the draft plan”", "The title"),
  noteBody: requiredText(20000, "Write the note", "The note"),
  share: z.preprocess((v) => v === "on" || (Array.isArray(v) && v.includes("on")), z.boolean()),
});

/** Sharing one of the adviser's notes; a note that is not theirs, or not an id, is simply not shared. */
export const shareNoteFormSchema = z.object({
  intent: z.literal("share"),
  noteId: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string()),
});

/** The adviser's notes page: a new note, or sharing one, told apart by the button's intent. */
export const notesActionSchema = z.discriminatedUnion("intent", [noteFormSchema, shareNoteFormSchema]);
