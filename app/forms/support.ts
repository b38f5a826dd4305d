// Form schemas for the support record: a cycle, its targets and provision, and its review.
import { z } from "zod";
import { AREAS_OF_NEED } from "~/domain/areas-of-need";
import {
  CYCLE_KINDS,
  EFFECTIVENESS,
  OVERALL_PROGRESS,
  REVIEW_DECISIONS,
  TARGET_RATINGS,
} from "~/domain/support/review-options";
import { removeFormSchema } from "./case";
import { calendarDate, optionalChoice, optionalText, requiredText, checkboxes } from "./fields";
import { checkWeekdays } from "~/domain/delivery/how-often";

export const TEXT_LIMIT = 5000;
export const LINE_LIMIT = 300;
export const TARGET_LIMIT = 1000;
/** More than 25 sessions a week would be more than five a day: surely a typing slip. */
export const MAX_SESSIONS_PER_WEEK = 25;
/** A school day is about six and a half hours. */
export const MAX_SESSION_MINUTES = 390;

const asString = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** A number typed in a box, or null when left empty. */
function optionalNumber({ label, max, integer }: { label: string; max: number; integer: boolean }) {
  return z.preprocess(
    asString,
    z
      .string()
      .refine((v) => v === "" || /^\d+(\.\d+)?$/.test(v), {
        message: `Enter ${label} as a number, like 3`,
      })
      .transform((v) => (v === "" ? null : Number(v)))
      .refine((n) => n === null || !integer || Number.isInteger(n), {
        message: `Enter ${label} as a whole number`,
      })
      .refine((n) => n === null || (n > 0 && n <= max), {
        message: `Enter ${label} between 1 and ${max}`,
      }),
  );
}

const endNotBeforeStart = (fields: { start: string; end: string; message: string }) => ({
  message: fields.message,
  path: [fields.end],
  when: (payload: z.core.ParsePayload) => payload.issues.length === 0,
});

export function cycleFormSchema() {
  return z
    .object({
      kind: z.enum(CYCLE_KINDS, { error: "Choose whether this is SEN support or monitoring" }),
      title: optionalText(200, "Name of the plan"),
      startDate: calendarDate({ name: "the date the support starts", required: true }),
      reviewDate: calendarDate({ name: "the review date", required: false }),
      assessmentSummary: optionalText(TEXT_LIMIT, "What was assessed"),
      assessedBy: optionalText(200, "Who assessed"),
      assessmentDate: calendarDate({ name: "the date of the assessment", required: false }),
      assessmentFindings: optionalText(TEXT_LIMIT, "What the assessment found"),
      schoolPlanNote: optionalText(LINE_LIMIT, "The school's plan"),
    })
    .refine(
      (cycle) => !cycle.reviewDate || !cycle.startDate || cycle.reviewDate > cycle.startDate,
      endNotBeforeStart({
        start: "startDate",
        end: "reviewDate",
        message: "The review date must be after the start date",
      }),
    );
}
export type CycleForm = z.infer<ReturnType<typeof cycleFormSchema>>;

/** The school's own plan, chosen from the case's documents on the cycle's edit page ("" for none). */
export const schoolPlanDocumentFormSchema = z.object({
  schoolPlanDocumentId: z.preprocess(
    (value) => (value === undefined || value === "" ? null : value),
    z.uuid({ error: "Choose the school's plan from the list of documents" }).nullable(),
  ),
});

const targetFields = {
  text: requiredText(TARGET_LIMIT, "Enter the target", "The target"),
  area: optionalChoice(AREAS_OF_NEED, "Choose an area of need from the list"),
};

export const addTargetFormSchema = z.object({ intent: z.literal("add"), ...targetFields });
export const editTargetFormSchema = z.object({
  intent: z.literal("edit"),
  id: z.uuid({ error: "Choose a target to change" }),
  ...targetFields,
});

/** The weekday checkboxes' values: 1 = Monday … 5 = Friday. */
export const WEEKDAY_VALUES = ["1", "2", "3", "4", "5"] as const;

const provisionFields = {
  what: requiredText(LINE_LIMIT, "Enter what the help is", "What the help is"),
  who: optionalText(200, "Who gives it"),
  sessionsPerWeek: optionalNumber({
    label: "the number of sessions a week",
    max: MAX_SESSIONS_PER_WEEK,
    integer: false,
  }),
  sessionWeekdays: checkboxes(WEEKDAY_VALUES, "Choose days from Monday to Friday").transform((days) =>
    [...new Set(days.map(Number))].sort((a, b) => a - b),
  ),
  durationMinutes: optionalNumber({
    label: "the minutes in each session",
    max: MAX_SESSION_MINUTES,
    integer: true,
  }),
  groupSize: optionalText(100, "Group size"),
  startDate: calendarDate({ name: "the start date", required: false }),
  endDate: calendarDate({ name: "the end date", required: false }),
  targetId: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.uuid({ error: "Choose a target from the list" }).nullable(),
  ),
};

type HowOften = { sessionsPerWeek: number | null; sessionWeekdays: number[] };

/**
 * One "how often": the days chosen must give one day a session (`checkWeekdays`); days chosen
 * with no number give the number.
 */
function withHowOften<T extends z.ZodType<HowOften>>(schema: T) {
  return schema
    .superRefine((line, context) => {
      const problem = checkWeekdays(line.sessionsPerWeek, line.sessionWeekdays);
      if (problem) context.addIssue({ code: "custom", message: problem, path: ["sessionWeekdays"] });
    })
    .transform((line) => ({
      ...line,
      sessionsPerWeek: line.sessionsPerWeek ?? (line.sessionWeekdays.length > 0 ? line.sessionWeekdays.length : null),
    }));
}

function withDates<T extends z.ZodObject>(schema: T) {
  return schema.refine(
    (line) => {
      const { startDate, endDate } = line as { startDate: string | null; endDate: string | null };
      return !startDate || !endDate || endDate >= startDate;
    },
    endNotBeforeStart({
      start: "startDate",
      end: "endDate",
      message: "The end date must be on or after the start date",
    }),
  );
}

export const addProvisionFormSchema = withHowOften(
  withDates(z.object({ intent: z.literal("add"), ...provisionFields })),
);
export const editProvisionFormSchema = withHowOften(
  withDates(
    z.object({
      intent: z.literal("edit"),
      id: z.uuid({ error: "Choose a provision line to change" }),
      ...provisionFields,
    }),
  ),
);
export type ProvisionForm = z.infer<typeof addProvisionFormSchema>;

/** The targets page's forms, told apart by their button's intent. */
export const targetsActionSchema = z.discriminatedUnion("intent", [addTargetFormSchema, editTargetFormSchema, removeFormSchema]);

/** The provision page's forms, told apart by their button's intent. */
export const provisionActionSchema = z.discriminatedUnion("intent", [addProvisionFormSchema, editProvisionFormSchema, removeFormSchema]);

/** A group of fields that may be absent altogether: radios with nothing ticked send nothing. */
function orEmpty<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.preprocess((v) => v ?? {}, z.object(shape));
}

/**
 * The review form. Progress is asked for each target and effectiveness for each provision line,
 * so the schema is built from the plan's ids: `progress.<target id>.rating` and so on.
 */
export function reviewFormSchema({
  today,
  targetIds,
  provisionIds,
}: {
  today: string;
  targetIds: readonly string[];
  provisionIds: readonly string[];
}) {
  const progress = z.object(
    Object.fromEntries(
      targetIds.map((id) => [
        id,
        orEmpty({
          rating: optionalChoice(TARGET_RATINGS, "Choose how far this target was achieved"),
          evidence: optionalText(TEXT_LIMIT, "The evidence"),
        }),
      ]),
    ),
  );
  const effect = z.object(
    Object.fromEntries(
      provisionIds.map((id) => [
        id,
        orEmpty({
          parent: optionalChoice(EFFECTIVENESS, "Choose how well you think this worked"),
          school: optionalChoice(EFFECTIVENESS, "Choose how well the school thinks this worked"),
        }),
      ]),
    ),
  );
  return z.object({
    date: calendarDate({ name: "the date of the review", required: true, notAfter: today }),
    parentAttended: optionalChoice(["yes", "no"] as const, "Choose yes or no").transform((v) =>
      v === null ? null : v === "yes",
    ),
    progress: z.preprocess((v) => v ?? {}, progress),
    overallProgress: optionalChoice(OVERALL_PROGRESS, "Choose the overall progress from the list"),
    whatWorked: optionalText(TEXT_LIMIT, "What worked"),
    barriers: optionalText(TEXT_LIMIT, "Barriers"),
    childViews: optionalText(TEXT_LIMIT, "Your child's views"),
    parentViews: optionalText(TEXT_LIMIT, "Your views"),
    effect: z.preprocess((v) => v ?? {}, effect),
    decision: z.enum(REVIEW_DECISIONS, { error: "Choose what was decided at the review" }),
  });
}
export type ReviewForm = z.infer<ReturnType<typeof reviewFormSchema>>;
