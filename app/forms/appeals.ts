// Form schemas for an appeal to the SEND Tribunal: starting one from a decision (what is appealed,
// health and social care recommendations, the mediation step and its certificate), the appeal's
// details (status, sent, registered, reference), the directions' dates, and the order or concession.
import { z } from "zod";
import {
  APPEAL_DATE_KINDS,
  APPEAL_SECTIONS,
  APPEAL_STATUSES,
  MEDIATION_STEPS,
  ORDER_KINDS,
  type AppealType,
  type MediationStep,
} from "~/domain/codes/tribunal";
import { appealTypeOf, canAskForRecommendations, decisionAppealOf, hasCertificate, mediationStepsFor, sectionsFor } from "~/domain/tribunal/start-appeal";
import { concededOrderKindOf } from "~/domain/tribunal/workspace";
import { calendarDate, checkboxes, optionalChoice, optionalText } from "./fields";

export const APPEAL_LIMITS = { tribunalReference: 40, label: 100, notes: 2000 } as const;

/** Yes or no, as radio buttons. */
export const YES_NO = ["yes", "no"] as const;
export const YES_NO_LABELS: Record<(typeof YES_NO)[number], string> = { yes: "Yes", no: "No" };

const certificateDate = (today: string) => calendarDate({ name: "the date on the mediation certificate", required: false, notAfter: today });

function checkMediation(
  appealType: AppealType | null,
  form: { mediation: MediationStep | null; mediationCertificateOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (form.mediation === null) {
    ctx.addIssue({ code: "custom", path: ["mediation"], message: "Choose where you are with mediation" });
    return;
  }
  if (!mediationStepsFor(appealType).includes(form.mediation)) {
    ctx.addIssue({ code: "custom", path: ["mediation"], message: "A certificate is needed unless the appeal is only about the school (Section I)" });
  }
  if (hasCertificate(form.mediation) && form.mediationCertificateOn === null) {
    ctx.addIssue({ code: "custom", path: ["mediationCertificateOn"], message: "Enter the date on the mediation certificate, for example 10 4 2026" });
  }
}

/**
 * Starting an appeal against a decision of type `decisionType`: for a plan, which sections; then
 * whether to ask for health and social care recommendations, and the mediation step (a certificate
 * date when there is one). Gives what `startAppeal` stores, less the decision's id.
 */
export function startAppealFormSchema(options: { today: string; decisionType: string }) {
  const isPlan = decisionAppealOf(options.decisionType)?.kind === "plan";
  return z
    .object({
      sections: checkboxes(APPEAL_SECTIONS, "Choose sections from the list"),
      wantsRecommendations: optionalChoice(YES_NO, "Choose yes or no"),
      mediation: optionalChoice(MEDIATION_STEPS, "Choose where you are with mediation"),
      mediationCertificateOn: certificateDate(options.today),
    })
    .superRefine((form, ctx) => {
      const appealType = appealTypeOf(options.decisionType, form.sections);
      if (isPlan && appealType === null) {
        ctx.addIssue({ code: "custom", path: ["sections"], message: "Choose at least one section of the plan you disagree with" });
      }
      checkMediation(appealType, form, ctx);
    })
    .transform((form) => {
      const appealType = appealTypeOf(options.decisionType, form.sections)!;
      const mediation = form.mediation!;
      return {
        appealType,
        sections: sectionsFor(appealType, form.sections),
        wantsRecommendations: form.wantsRecommendations === "yes" && canAskForRecommendations(appealType),
        mediation,
        mediationCertificateOn: hasCertificate(mediation) ? form.mediationCertificateOn : null,
      };
    });
}

export type StartAppealForm = z.infer<ReturnType<typeof startAppealFormSchema>>;

/** The appeal's details: where it is, when it was sent and registered, its reference, the mediation step. */
export function appealDetailsFormSchema(options: { today: string; appealType: AppealType }) {
  return z
    .object({
      intent: z.literal("details"),
      status: z.preprocess((v) => (v === undefined ? "" : v), z.enum(APPEAL_STATUSES, { error: "Choose where the appeal is" })),
      submittedOn: calendarDate({ name: "the date you sent the appeal", required: false, notAfter: options.today }),
      registeredOn: calendarDate({ name: "the date the tribunal registered the appeal", required: false, notAfter: options.today }),
      tribunalReference: optionalText(APPEAL_LIMITS.tribunalReference, "The tribunal's reference"),
      mediation: optionalChoice(MEDIATION_STEPS, "Choose where you are with mediation"),
      mediationCertificateOn: certificateDate(options.today),
    })
    .superRefine((form, ctx) => {
      checkMediation(options.appealType, form, ctx);
      if (form.submittedOn && form.registeredOn && form.registeredOn < form.submittedOn) {
        ctx.addIssue({ code: "custom", path: ["registeredOn"], message: "The date the tribunal registered the appeal cannot be before the date you sent it" });
      }
      if (form.status !== "preparing" && form.status !== "withdrawn" && form.submittedOn === null) {
        ctx.addIssue({ code: "custom", path: ["submittedOn"], message: "Enter the date you sent the appeal, for example 28 4 2026" });
      }
    })
    .transform(({ intent, mediation, mediationCertificateOn, ...form }) => ({
      intent,
      ...form,
      mediation: mediation!,
      mediationCertificateOn: hasCertificate(mediation!) ? mediationCertificateOn : null,
    }));
}

/** A date from the tribunal's directions; "other" needs a name. Directions dates may be ahead. */
export const addAppealDateFormSchema = z
  .object({
    intent: z.literal("add-date"),
    kind: z.preprocess((v) => (v === undefined ? "" : v), z.enum(APPEAL_DATE_KINDS, { error: "Choose which date it is" })),
    date: calendarDate({ name: "the date", required: true }),
    label: optionalText(APPEAL_LIMITS.label, "The name of the date"),
    notes: optionalText(APPEAL_LIMITS.notes, "Notes"),
  })
  .superRefine((form, ctx) => {
    if (form.kind === "other" && form.label === null) ctx.addIssue({ code: "custom", path: ["label"], message: "Give the date a name, for example “Send the school's records”" });
  })
  .transform(({ date, ...form }) => ({ ...form, date: date!, label: form.kind === "other" ? form.label : null }));

export const removeAppealDateFormSchema = z.object({ intent: z.literal("remove-date"), id: z.uuid({ error: "Choose a date to remove" }) });

/** Every form on the workspace, told apart by its button's intent. */
export function appealWorkspaceActionSchema(options: { today: string; appealType: AppealType }) {
  return z.discriminatedUnion("intent", [appealDetailsFormSchema(options), addAppealDateFormSchema, removeAppealDateFormSchema]);
}

/** How the appeal ended for the council: the tribunal made an order, or the council conceded. */
export const OUTCOMES = ["order", "conceded"] as const;
export const OUTCOME_LABELS: Record<(typeof OUTCOMES)[number], string> = {
  order: "The tribunal made its decision (an order)",
  conceded: "The council said it would not oppose the appeal (it conceded)",
};

/**
 * The order, or the concession: a concession is stored as the order it amounts to, dated the day
 * the council said it would not oppose (R-TRIB-UNOPPOSED counts from that day).
 */
export function recordOrderFormSchema(options: { today: string; appealType: AppealType }) {
  return z
    .object({
      intent: z.literal("record"),
      outcome: optionalChoice(OUTCOMES, "Choose what happened"),
      kind: optionalChoice(ORDER_KINDS, "Choose what the tribunal ordered"),
      madeOn: calendarDate({ name: "the date on the order", required: false, notAfter: options.today }),
      notOpposedOn: calendarDate({ name: "the date the council said it would not oppose", required: false, notAfter: options.today }),
      notes: optionalText(APPEAL_LIMITS.notes, "Notes"),
    })
    .superRefine((form, ctx) => {
      if (form.outcome === null) ctx.addIssue({ code: "custom", path: ["outcome"], message: "Choose what happened" });
      if (form.outcome === "order") {
        if (form.kind === null) ctx.addIssue({ code: "custom", path: ["kind"], message: "Choose what the tribunal ordered" });
        if (form.madeOn === null) ctx.addIssue({ code: "custom", path: ["madeOn"], message: "Enter the date on the order, for example 15 1 2027" });
      }
      if (form.outcome === "conceded" && form.notOpposedOn === null) {
        ctx.addIssue({ code: "custom", path: ["notOpposedOn"], message: "Enter the date the council said it would not oppose, for example 1 3 2027" });
      }
    })
    .transform((form) =>
      form.outcome === "conceded"
        ? { intent: form.intent, status: "conceded" as const, kind: concededOrderKindOf(options.appealType), madeOn: form.notOpposedOn!, notOpposedOn: form.notOpposedOn, notes: form.notes }
        : { intent: form.intent, status: "decided" as const, kind: form.kind!, madeOn: form.madeOn!, notOpposedOn: null, notes: form.notes },
    );
}

export const removeOrderFormSchema = z.object({ intent: z.literal("remove") });

export function orderActionSchema(options: { today: string; appealType: AppealType }) {
  return z.discriminatedUnion("intent", [recordOrderFormSchema(options), removeOrderFormSchema]);
}
