// Form schemas for letters: the questions a letter asks before it is written (built from the
// template's own list, so a new template needs no new form), editing a draft, marking it sent,
// and deleting it.
import { z } from "zod";
import type { LetterOptionField, LetterOptionValues } from "~/domain";
import { calendarDate, optionalChoice, optionalText, requiredText } from "./fields";

export const LETTER_LIMITS = {
  name: 200,
  address: 500,
  subject: 300,
  body: 20_000,
} as const;

export const SEND_CHANNELS = ["email", "letter"] as const;
export const SEND_CHANNEL_LABELS: Record<(typeof SEND_CHANNELS)[number], string> = {
  email: "By email",
  letter: "By post or by hand",
};

/** The suffix a "choice or type your own" question gives its text box. */
export const TYPED_SUFFIX = "Typed";

const plainLabel = (label: string) => label.replace(/\s*\(optional\)$/, "").replace(/\?$/, "");

function optionSchema(field: LetterOptionField): Record<string, z.ZodType> {
  switch (field.kind) {
    case "text":
      return {
        [field.name]: field.required
          ? requiredText(
              field.maxLength,
              field.missing ?? `Enter ${plainLabel(field.label).toLowerCase()}`,
              plainLabel(field.label),
            )
          : optionalText(field.maxLength, plainLabel(field.label)),
      };
    case "choice":
      return {
        [field.name]: z.preprocess(
          (value) => (value === undefined || value === "" ? field.defaultValue : value),
          z.enum(field.choices.map((choice) => choice.value) as [string, ...string[]], {
            error: `Choose an answer to "${field.label}" from the list`,
          }),
        ),
      };
    case "checkboxes": {
      const allowed = new Set(field.choices.map((choice) => choice.value));
      // Checked as a whole list, so an error belongs to the question, not to one box.
      const ticked = z.preprocess(
        (value) =>
          value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value],
        z
          .array(z.string())
          .refine((values) => values.every((value) => allowed.has(value)), {
            message: `Choose from the list for "${plainLabel(field.label)}"`,
          })
          .refine((values) => !field.required || values.length > 0, {
            message: field.missing ?? "Choose at least one",
          }),
      );
      return { [field.name]: ticked };
    }
    case "choice_or_text":
      return {
        [field.name]:
          field.choices.length > 0
            ? optionalChoice(
                field.choices.map((choice) => choice.value),
                `${field.missing} from the list`,
              )
            : z.preprocess(() => null, z.null()),
        [`${field.name}${TYPED_SUFFIX}`]: optionalText(
          field.maxLength,
          plainLabel(field.typedLabel),
        ),
      };
  }
}

/**
 * The answers to a letter's questions, checked, as the template reads them: for "choose or type",
 * what was typed wins, else the chosen answer's label; nothing at all is an error on the choice.
 */
export function letterOptionsSchema(fields: readonly LetterOptionField[]) {
  const shape = Object.assign({}, ...fields.map(optionSchema)) as Record<string, z.ZodType>;
  return z.preprocess(
    (value) => (value && typeof value === "object" ? value : {}),
    z.object(shape).transform((raw, ctx): LetterOptionValues => {
      const values: Record<string, string | readonly string[] | null> = {};
      for (const field of fields) {
        if (field.kind !== "choice_or_text") {
          values[field.name] = raw[field.name] as string | string[] | null;
          continue;
        }
        const typed = raw[`${field.name}${TYPED_SUFFIX}`] as string | null;
        const chosen =
          field.choices.find((choice) => choice.value === raw[field.name])?.label ?? null;
        // With nothing to choose from, the text box is the question, so the error points there.
        const path = field.choices.length > 0 ? field.name : `${field.name}${TYPED_SUFFIX}`;
        if (!typed && !chosen)
          ctx.addIssue({ code: "custom", message: field.missing, path: [path] });
        values[field.name] = typed ?? chosen;
      }
      return values;
    }),
  );
}

const parties = {
  recipientName: optionalText(LETTER_LIMITS.name, "The recipient's name"),
  recipientAddress: optionalText(LETTER_LIMITS.address, "The recipient's address"),
  senderName: optionalText(LETTER_LIMITS.name, "Your name"),
  senderAddress: optionalText(LETTER_LIMITS.address, "Your address"),
};

/** Writing a new letter of a kind: who it is from and to, and the kind's own questions. */
export function newLetterFormSchema(fields: readonly LetterOptionField[]) {
  return z.object({ intent: z.literal("create"), ...parties, option: letterOptionsSchema(fields) });
}

export const saveLetterFormSchema = z.object({
  intent: z.literal("save"),
  ...parties,
  subject: requiredText(LETTER_LIMITS.subject, "Enter the subject of the letter", "The subject"),
  body: requiredText(LETTER_LIMITS.body, "Enter the text of the letter", "The text of the letter"),
});
export type SaveLetterForm = Omit<z.infer<typeof saveLetterFormSchema>, "intent">;

/** Marking a letter sent: when and how; the reply-by date may be left for the app to work out. */
export function sendLetterFormSchema(today: string) {
  return z
    .object({
      intent: z.literal("send"),
      sentOn: calendarDate({ name: "the date you sent it", required: true, notAfter: today }),
      replyBy: calendarDate({ name: "the date a reply is due", required: false }),
      channel: z.preprocess(
        (value) => (value === undefined || value === "" ? undefined : value),
        z.enum(SEND_CHANNELS, { error: "Choose how you sent it" }),
      ),
    })
    .refine((form) => !form.sentOn || !form.replyBy || form.replyBy >= form.sentOn, {
      message: "The date a reply is due must be on or after the date you sent it",
      path: ["replyBy"],
    });
}

export const deleteLetterFormSchema = z.object({ intent: z.literal("delete") });

/** The letters page's one form: write a new letter of the chosen kind from its questions. */
export function lettersActionSchema(fields: readonly LetterOptionField[]) {
  return z.discriminatedUnion("intent", [newLetterFormSchema(fields)]);
}

/** Every form on one letter's page, told apart by its button's intent: save the words, mark it sent, delete the draft. */
export function letterActionSchema(today: string) {
  return z.discriminatedUnion("intent", [saveLetterFormSchema, sendLetterFormSchema(today), deleteLetterFormSchema]);
}
