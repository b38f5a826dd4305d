// Form schemas for the appeal's writing: the working document's changes (propose, edit, remove,
// move, export) and the witness statement's paragraphs (add, add from the chronology, edit,
// remove, move, export as Word or PDF).
import { z } from "zod";
import { APPEAL_SECTIONS, PROPOSAL_KINDS, type ProposalKind } from "~/domain/codes/tribunal";
import { calendarDate, checkboxes, optionalChoice, optionalText, requiredText } from "./fields";

export const WRITING_LIMITS = { proposedText: 4000, reason: 1000, evidencePages: 100, paragraph: 6000 } as const;

const DIRECTIONS = ["up", "down"] as const;
const id = (message: string) => z.uuid({ error: message });
const move = <I extends string>(intent: I) => z.object({ intent: z.literal(intent), id: id("Choose what to move"), direction: z.enum(DIRECTIONS, { error: "Choose up or down" }) });
const remove = <I extends string>(intent: I) => z.object({ intent: z.literal(intent), id: id("Choose what to remove") });

/** Changes that add words: they need the new words. */
const ADDS: readonly ProposalKind[] = ["parent_add", "parent_change", "la_add"];
/** Changes that take words out or change them: they need a line of the plan. */
const TOUCHES_LINE: readonly ProposalKind[] = ["parent_delete", "parent_change", "la_delete"];

/**
 * A change to the plan: to one of its lines (`planLineId`, one of `planLineIds`) or a new line of a
 * section; who proposes it and whether it is agreed; the new words; the reason; the bundle pages.
 */
export function proposalFormSchema(options: { planLineIds: readonly string[] }) {
  return z
    .object({
      intent: z.enum(["add-proposal", "update-proposal"]),
      id: z.preprocess((v) => (v === "" ? undefined : v), id("Choose a change to edit").optional()),
      section: z.preprocess((v) => (v === undefined ? "" : v), z.enum(APPEAL_SECTIONS, { error: "Choose the section of the plan" })),
      planLineId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().nullable()),
      kind: optionalChoice(PROPOSAL_KINDS, "Choose who wants the change"),
      proposedText: optionalText(WRITING_LIMITS.proposedText, "The new words"),
      reason: optionalText(WRITING_LIMITS.reason, "The reason"),
      evidencePages: optionalText(WRITING_LIMITS.evidencePages, "The bundle pages"),
    })
    .superRefine((form, ctx) => {
      if (form.planLineId !== null && !options.planLineIds.includes(form.planLineId)) ctx.addIssue({ code: "custom", path: ["planLineId"], message: "Choose a line of the plan" });
      if (form.kind === null) {
        ctx.addIssue({ code: "custom", path: ["kind"], message: "Choose who wants the change" });
        return;
      }
      if (ADDS.includes(form.kind) && form.proposedText === null) ctx.addIssue({ code: "custom", path: ["proposedText"], message: "Enter the words you want in the plan" });
      if (form.planLineId === null && (TOUCHES_LINE.includes(form.kind) || (form.kind === "agreed" && form.proposedText === null))) {
        ctx.addIssue({ code: "custom", path: ["kind"], message: "A new line can only add words: choose words added, or agreed with the new words" });
      }
      if (form.intent === "update-proposal" && !form.id) ctx.addIssue({ code: "custom", path: ["id"], message: "Choose a change to edit" });
    })
    .transform((form) => ({
      intent: form.intent,
      id: form.id ?? null,
      proposal: {
        section: form.section,
        planLineId: form.planLineId,
        // The plan line's own words are the original; a change keeps none of its own.
        originalText: null,
        kind: form.kind!,
        proposedText: form.kind === "parent_delete" || form.kind === "la_delete" ? null : form.proposedText,
        reason: form.reason,
        evidencePages: form.evidencePages,
      },
    }));
}

export function workingDocumentActionSchema(options: { planLineIds: readonly string[] }) {
  const proposal = proposalFormSchema(options);
  return {
    proposal,
    other: z.discriminatedUnion("intent", [remove("remove-proposal"), move("move-proposal"), z.object({ intent: z.literal("export") })]),
  };
}

/** A paragraph of the statement: its words, the day it is about (optional) and the documents it refers to. */
export function paragraphFormSchema(options: { today: string; documentIds: readonly string[] }) {
  return z
    .object({
      intent: z.enum(["add-paragraph", "update-paragraph"]),
      id: z.preprocess((v) => (v === "" ? undefined : v), id("Choose a paragraph to edit").optional()),
      date: calendarDate({ name: "the date the paragraph is about", required: false, notAfter: options.today }),
      text: requiredText(WRITING_LIMITS.paragraph, "Write what happened", "The paragraph"),
      exhibits: checkboxes(options.documentIds.length > 0 ? options.documentIds : ["none"], "Choose documents from the bundle"),
    })
    .superRefine((form, ctx) => {
      if (form.intent === "update-paragraph" && !form.id) ctx.addIssue({ code: "custom", path: ["id"], message: "Choose a paragraph to edit" });
    })
    .transform((form) => ({ intent: form.intent, id: form.id ?? null, paragraph: { date: form.date, text: form.text, exhibitDocumentIds: form.exhibits } }));
}

export const STATEMENT_FORMATS = ["docx", "pdf"] as const;

export const statementOtherActionSchema = z.discriminatedUnion("intent", [
  remove("remove-paragraph"),
  move("move-paragraph"),
  z.object({ intent: z.literal("add-suggestion"), key: z.string().min(1).max(300) }),
  z.object({ intent: z.literal("export"), format: z.enum(STATEMENT_FORMATS, { error: "Choose Word or PDF" }) }),
]);

/** `?version=N` of a download: a whole number from 1, or null. */
export function readVersion(url: URL): number | null {
  const value = url.searchParams.get("version");
  return value !== null && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}
