// Form schemas for progress: a measurement, removing one, a home diary entry, its tags, and the
// diary search. The action parses with these; the pages take their limits and hints from here.
import { z } from "zod";
import { AREAS_OF_NEED } from "~/domain/areas-of-need";
import { MEASURE_KINDS } from "~/domain/progress/measure-kinds";
import { calendarDate, checkboxes, optionalChoice, optionalText, requiredText } from "./fields";

export const MEASUREMENT_LIMITS = { label: 120, unit: 30, source: 200, notes: 2000 } as const;
export const DIARY_TEXT_LIMIT = 5000;
export const SEARCH_LIMIT = 200;

const asTrimmed = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** A number typed in a box: digits, an optional minus sign and decimal point ("85", "7.5"). */
function numberText(missing: string | null, wrong: string) {
  return z.preprocess(
    asTrimmed,
    z.string().transform((text, ctx): number | null => {
      if (text === "") {
        if (missing) ctx.addIssue({ code: "custom", message: missing });
        return null;
      }
      if (!/^-?\d{1,7}(\.\d{1,3})?$/.test(text.replace(/,/g, ""))) {
        ctx.addIssue({ code: "custom", message: wrong });
        return null;
      }
      return Number(text.replace(/,/g, ""));
    }),
  );
}

const hasNoIssueAt =
  (...fields: string[]) =>
  (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
    payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));

export function measurementFormSchema(today: string) {
  return z
    .object({
      intent: z.literal("add"),
      kind: z.preprocess(
        (v) => (v === "" ? undefined : v),
        z.enum(MEASURE_KINDS, { error: "Choose what kind of measurement this is" }),
      ),
      label: requiredText(
        MEASUREMENT_LIMITS.label,
        "Enter what was measured, for example Single word reading",
        "What was measured",
      ),
      date: calendarDate({ name: "the date it was measured", required: true, notAfter: today }),
      value: numberText(
        "Enter the result as a number, for example 85",
        "Enter the result as a number, for example 85 or 7.5",
      ),
      unit: optionalText(MEASUREMENT_LIMITS.unit, "The unit"),
      expectedValue: numberText(null, "Enter the expected value as a number, for example 100"),
      scaleMin: numberText(null, "Enter the lowest point of the scale as a number, for example 1"),
      scaleMax: numberText(null, "Enter the highest point of the scale as a number, for example 5"),
      higherIsBetter: optionalChoice(
        ["yes", "no"] as const,
        "Choose whether a higher number is better",
      ),
      source: optionalText(MEASUREMENT_LIMITS.source, "Where the result came from"),
      notes: optionalText(MEASUREMENT_LIMITS.notes, "Notes"),
    })
    .refine((m) => m.scaleMin === null || m.scaleMax === null || m.scaleMin < m.scaleMax, {
      message: "The highest point of the scale must be more than the lowest",
      path: ["scaleMax"],
      when: hasNoIssueAt("scaleMin", "scaleMax"),
    })
    .refine(
      (m) =>
        m.value === null ||
        ((m.scaleMin === null || m.value >= m.scaleMin) &&
          (m.scaleMax === null || m.value <= m.scaleMax)),
      {
        message: "The result must be within the scale you gave",
        path: ["value"],
        when: hasNoIssueAt("value", "scaleMin", "scaleMax"),
      },
    )
    .refine(
      (m) => m.kind !== "attendance" || m.value === null || (m.value >= 0 && m.value <= 100),
      {
        message: "Enter attendance as a percentage between 0 and 100",
        path: ["value"],
        when: hasNoIssueAt("value", "kind"),
      },
    );
}
export type MeasurementForm = z.infer<ReturnType<typeof measurementFormSchema>>;

export const removeMeasurementFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose a measurement to remove" }),
});

export function diaryEntryFormSchema(today: string) {
  return z.object({
    intent: z.literal("add"),
    date: calendarDate({ name: "the date", required: true, notAfter: today }),
    text: requiredText(DIARY_TEXT_LIMIT, "Write what you saw", "What you saw"),
  });
}

export const diaryTagsFormSchema = z.object({
  intent: z.literal("tags"),
  id: z.uuid({ error: "Choose a diary entry" }),
  areas: checkboxes(AREAS_OF_NEED, "Choose areas from the list"),
});

export const removeDiaryEntryFormSchema = z.object({
  intent: z.literal("remove"),
  id: z.uuid({ error: "Choose a diary entry to remove" }),
});

/** Every form on the progress page, told apart by its button's intent. */
export function progressActionSchema(today: string) {
  return z.discriminatedUnion("intent", [measurementFormSchema(today), removeMeasurementFormSchema]);
}

/** Every form on the diary page, told apart by its button's intent. */
export function diaryActionSchema(today: string) {
  return z.discriminatedUnion("intent", [diaryEntryFormSchema(today), diaryTagsFormSchema, removeDiaryEntryFormSchema]);
}

/** The search box and area filter. Anything odd in the address is ignored rather than refused. */
export const diarySearchSchema = z.object({
  q: z.preprocess(
    asTrimmed,
    z.string().transform((q) => (q === "" ? null : q.slice(0, SEARCH_LIMIT))),
  ),
  area: z.enum(AREAS_OF_NEED).nullable().catch(null),
});
export type DiarySearch = z.infer<typeof diarySearchSchema>;
