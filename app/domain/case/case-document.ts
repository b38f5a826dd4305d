// The canonical case document: the whole of one child's case as a single JSON value. The health
// check reads it, exports write it, imports read it, and the database schema mirrors it
// (docs/decisions/004-case-document.md). Change it only with a new schemaVersion and a migration.

import { z } from "zod";
import { AREAS_OF_NEED, IMPACT_LEVELS } from "../areas-of-need";
import { isCalendarDate } from "../calendar/calendar-date";
import { ADJUSTMENT_STATUSES } from "../codes/adjustments";
import { CHANNELS, DIRECTIONS } from "../codes/correspondence";
import { DOCUMENT_SOURCES } from "../codes/documents";
import { EHC_PLAN_STAGES } from "../codes/ehc-plans";
import { ACTION_STATUSES, MEETING_KINDS } from "../codes/meetings";
import { PROFESSIONAL_ROLES, REFERRAL_STATUSES } from "../codes/professionals";
import { RECOMMENDATION_STATUSES } from "../codes/recommendations";
import {
  ABSENCE_REASONS,
  ATTENDANCE_CODES,
  FIRST_SESSIONS,
  RESTRAINT_TYPES,
  SCHOOL_DAY_KINDS,
  SCHOOL_TERM_KINDS,
} from "../codes/school-day";
import { TRANSFERS } from "../codes/statutory";
import {
  APPEAL_DATE_KINDS,
  APPEAL_DOCUMENT_KINDS,
  APPEAL_SECTIONS,
  APPEAL_STATUSES,
  APPEAL_TYPES,
  BUNDLE_ITEM_KINDS,
  BUNDLE_SECTIONS,
  MEDIATION_STEPS,
  ORDER_KINDS,
  PROPOSAL_KINDS,
} from "../codes/tribunal";
import { CANCEL_REASONS, SESSION_STATUSES } from "../delivery/session-status";
import { MEASURE_KINDS } from "../progress/measure-kinds";
import { CYCLE_KINDS, OVERALL_PROGRESS, REVIEW_DECISIONS, TARGET_RATINGS } from "../support/review-options";
import { readSessionsPerWeek } from "../delivery/how-often";

export const CASE_SCHEMA_VERSION = 1;

export const calendarDateSchema = z
  .string()
  .refine((value) => isCalendarDate(value), { message: "Enter a real date written YYYY-MM-DD, for example 2026-03-12" });

const optionalDate = calendarDateSchema.nullable().default(null);
const optionalText = z.string().nullable().default(null);
const idSchema = z.string().min(1);
const areaSchema = z.enum(AREAS_OF_NEED);
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const contactSchema = z.object({
  name: z.string(),
  role: optionalText,
  email: optionalText,
  phone: optionalText,
});

export const childSchema = z.object({
  name: z.string(),
  dateOfBirth: optionalDate,
  school: optionalText,
  yearGroup: optionalText,
  senco: z
    .object({ name: z.string(), email: optionalText, phone: optionalText })
    .nullable()
    .default(null),
  contacts: list(contactSchema),
  strengths: optionalText,
  interests: optionalText,
  views: optionalText,
});

export const needSchema = z.object({
  id: idSchema,
  area: areaSchema,
  /** Sign codes from areas-of-need.ts. */
  signs: list(z.string()),
  otherSigns: optionalText,
  since: optionalDate,
  impact: z.enum(IMPACT_LEVELS).nullable().default(null),
  notes: optionalText,
});

export const diagnosisSchema = z.object({
  id: idSchema,
  name: z.string(),
  date: optionalDate,
  madeBy: optionalText,
});

export const targetSchema = z.object({
  id: idSchema,
  text: z.string(),
  area: areaSchema.nullable().default(null),
  needId: optionalText,
  /** The target in the previous cycle this one was carried forward from. */
  carriedForwardFrom: optionalText,
});

export const PROVISION_SOURCES = ["school_plan", "ehc_plan"] as const;

/**
 * A line of provision. How often is one thing, the number of sessions a week (and the weekdays
 * when chosen): words for it ("twice a week") are read into the number and dropped; words with no
 * number in them ("when needed") stay only while there is no number.
 */
export const provisionSchema = z
  .object({
    id: idSchema,
    /** The provision as written in the plan, word for word, when the parent has it. */
    text: optionalText,
    what: z.string(),
    who: optionalText,
    /** Words for how often that give no number, from a line recorded before; null once there is a number. */
    frequency: optionalText,
    /** Planned sessions a week, when the plan gives a number. */
    sessionsPerWeek: z.number().nonnegative().nullable().default(null),
    /** The weekdays the sessions fall on (1 = Monday … 5 = Friday), when the parent chose them. */
    sessionWeekdays: list(z.number().int().min(1).max(5)),
    durationMinutes: z.number().nonnegative().nullable().default(null),
    groupSize: optionalText,
    startDate: optionalDate,
    endDate: optionalDate,
    targetIds: list(z.string()),
    area: areaSchema.nullable().default(null),
    source: z.enum(PROVISION_SOURCES).default("school_plan"),
    carriedForwardFrom: optionalText,
  })
  .transform((line) => {
    const sessionsPerWeek = line.sessionsPerWeek ?? readSessionsPerWeek(line.frequency);
    return { ...line, sessionsPerWeek, frequency: sessionsPerWeek === null ? line.frequency : null };
  });

export const sessionSchema = z.object({
  id: idSchema,
  provisionId: z.string(),
  date: calendarDateSchema,
  status: z.enum(SESSION_STATUSES),
  cancelReason: z.enum(CANCEL_REASONS).nullable().default(null),
  note: optionalText,
});

export const reviewSchema = z.object({
  id: idSchema,
  date: calendarDateSchema,
  parentAttended: z.boolean().nullable().default(null),
  targetProgress: list(
    z.object({ targetId: z.string(), rating: z.enum(TARGET_RATINGS), evidence: optionalText }),
  ),
  overallProgress: z.enum(OVERALL_PROGRESS).nullable().default(null),
  whatWorked: optionalText,
  barriers: optionalText,
  childViews: optionalText,
  parentViews: optionalText,
  provisionEffectiveness: list(
    z.object({
      provisionId: z.string(),
      parentView: optionalText,
      schoolView: optionalText,
    }),
  ),
  decision: z.enum(REVIEW_DECISIONS).nullable().default(null),
  documentIds: list(z.string()),
});

export const cycleSchema = z.object({
  id: idSchema,
  /** "monitoring" is the informal watching-and-waiting stage before SEN support proper. */
  kind: z.enum(CYCLE_KINDS).default("sen_support"),
  title: optionalText,
  startDate: calendarDateSchema,
  /** The review date agreed when the plan was made. */
  reviewDate: optionalDate,
  carriedForwardFrom: optionalText,
  assessment: z
    .object({
      summary: optionalText,
      assessedBy: optionalText,
      date: optionalDate,
      findings: optionalText,
      documentIds: list(z.string()),
    })
    .nullable()
    .default(null),
  targets: list(targetSchema),
  provision: list(provisionSchema),
  sessions: list(sessionSchema),
  review: reviewSchema.nullable().default(null),
  documentIds: list(z.string()),
});

export const measurementSchema = z.object({
  id: idSchema,
  kind: z.enum(MEASURE_KINDS),
  /** What was measured, e.g. "Single word reading (standard score)". Points with one label form a series. */
  label: z.string(),
  date: calendarDateSchema,
  value: z.number(),
  unit: optionalText,
  /** The value expected for the child's age, when there is one (e.g. chronological age in months). */
  expectedValue: z.number().nullable().default(null),
  /** Lowest and highest possible values for a rating scale, e.g. 1 and 5. */
  scaleMin: z.number().nullable().default(null),
  scaleMax: z.number().nullable().default(null),
  higherIsBetter: z.boolean().default(true),
  area: areaSchema.nullable().default(null),
  source: optionalText,
  notes: optionalText,
});

export const diaryEntrySchema = z.object({
  id: idSchema,
  date: calendarDateSchema,
  text: z.string(),
  areas: list(areaSchema),
});

export const adjustmentSchema = z.object({
  id: idSchema,
  description: z.string(),
  requestedOn: optionalDate,
  requestedBy: optionalText,
  status: z.enum(ADJUSTMENT_STATUSES),
  respondedOn: optionalDate,
  reason: optionalText,
  reviewNote: optionalText,
  area: areaSchema.nullable().default(null),
});

export const professionalSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: z.enum(PROFESSIONAL_ROLES),
  organisation: optionalText,
  email: optionalText,
  phone: optionalText,
  involvedFrom: optionalDate,
});

export const referralSchema = z.object({
  id: idSchema,
  service: z.enum(PROFESSIONAL_ROLES),
  professionalId: optionalText,
  requestedBy: optionalText,
  requestedOn: optionalDate,
  status: z.enum(REFERRAL_STATUSES),
  seenOn: optionalDate,
  notes: optionalText,
});

export const recommendationSchema = z.object({
  id: idSchema,
  text: z.string(),
  area: areaSchema.nullable().default(null),
  provision: z
    .object({ what: optionalText, who: optionalText, frequency: optionalText, duration: optionalText })
    .default({ what: null, who: null, frequency: null, duration: null }),
  status: z.enum(RECOMMENDATION_STATUSES).default("suggested"),
  /** Provision records (school plan or EHC plan) the parent has linked as answering this recommendation. */
  provisionIds: list(z.string()),
  /** Whether the EHC plan includes it, as the parent judges; null when not known. */
  inEhcPlan: z.boolean().nullable().default(null),
  isBeingDelivered: z.boolean().nullable().default(null),
});

export const reportSchema = z.object({
  id: idSchema,
  title: z.string(),
  professionalId: optionalText,
  author: optionalText,
  date: optionalDate,
  documentId: optionalText,
  recommendations: list(recommendationSchema),
});

export const meetingSchema = z.object({
  id: idSchema,
  date: calendarDateSchema,
  kind: z.enum(MEETING_KINDS).default("other"),
  title: optionalText,
  attendees: list(z.string()),
  parentAttended: z.boolean().default(true),
  notes: optionalText,
  agreed: optionalText,
  actions: list(
    z.object({
      id: idSchema,
      description: z.string(),
      owner: optionalText,
      dueDate: optionalDate,
      status: z.enum(ACTION_STATUSES).default("open"),
      doneOn: optionalDate,
    }),
  ),
});

export const correspondenceSchema = z.object({
  id: idSchema,
  direction: z.enum(DIRECTIONS),
  date: calendarDateSchema,
  channel: z.enum(CHANNELS).default("email"),
  from: optionalText,
  to: optionalText,
  subject: optionalText,
  summary: optionalText,
  /** What kind of letter this is, e.g. "provision_map_request", "subject_access_request". */
  kind: optionalText,
  replyBy: optionalDate,
  /** When the reply came; null while it is still awaited. */
  repliedOn: optionalDate,
  inReplyTo: optionalText,
  documentIds: list(z.string()),
});

export const statutoryEventSchema = z.object({
  id: idSchema,
  /** An event type the deadlines understand, e.g. "ehcna_request_received". */
  type: z.string(),
  date: calendarDateSchema,
  transfer: z.enum(TRANSFERS).nullable().default(null),
  key: optionalText,
  notes: optionalText,
  documentIds: list(z.string()),
});

export const documentSchema = z.object({
  id: idSchema,
  title: z.string(),
  date: optionalDate,
  source: z.enum(DOCUMENT_SOURCES).default("other"),
  author: optionalText,
  areas: list(areaSchema),
  tags: list(z.string()),
  fileName: optionalText,
  mediaType: optionalText,
});

export const ehcPlanSchema = z.object({
  id: idSchema,
  stage: z.enum(EHC_PLAN_STAGES),
  issuedOn: optionalDate,
  needs: list(z.object({ id: idSchema, text: z.string(), area: areaSchema.nullable().default(null) })),
  outcomes: list(z.object({ id: idSchema, text: z.string(), area: areaSchema.nullable().default(null), needIds: list(z.string()) })),
  provision: list(
    z.object({
      id: idSchema,
      text: z.string(),
      area: areaSchema.nullable().default(null),
      needIds: list(z.string()),
      outcomeIds: list(z.string()),
    }),
  ),
  documentId: optionalText,
});

export const familyPrioritySchema = z.object({
  id: idSchema,
  text: z.string(),
  area: areaSchema.nullable().default(null),
});

/**
 * One record of the school day (issue 22): what happened, when, what the school said. One shape
 * for every kind; the fields a kind does not use stay null. `date` is the first day excluded or
 * sent home, the first day of a timetable or absence, the day of an incident, or the day a letter
 * or notice was received.
 */
export const schoolDayEventSchema = z.object({
  id: idSchema,
  kind: z.enum(SCHOOL_DAY_KINDS),
  date: calendarDateSchema,
  /** The last day (an absence, a suspension over several days) or the agreed end of a part-time timetable. */
  endDate: optionalDate,
  /** Sessions missed or taken up: two a school day, one for half a day. */
  sessions: z.number().int().nonnegative().nullable().default(null),
  firstSession: z.enum(FIRST_SESSIONS).nullable().default(null),
  /** The time of day, as the parent wrote it, e.g. "12:30". */
  time: optionalText,
  /** What the school said, or the reasons it gave. */
  schoolSaid: optionalText,
  // Exclusions (R-DAY-EXCL-…)
  /** The day the written notice of a suspension or exclusion arrived; null while it has not. */
  noticeReceivedOn: optionalDate,
  /** The day the governing board (academy: trust) was told of the exclusion. */
  boardToldOn: optionalDate,
  wouldMissPublicExam: z.boolean().default(false),
  /** Whether the parent made representations to the governing board. */
  madeRepresentations: z.boolean().default(false),
  /** Permanent exclusion: the day the parent was told the board declined to reinstate. */
  decisionToldOn: optionalDate,
  /** The first day full-time education was provided elsewhere; null while none has been. */
  educationArrangedFrom: optionalDate,
  // Part-time timetables (R-DAY-PTT)
  /** Sessions a week the child is timetabled to be in school (0–10). */
  sessionsPerWeek: z.number().int().min(0).max(10).nullable().default(null),
  hoursPerDay: z.number().nonnegative().max(24).nullable().default(null),
  reviewDate: optionalDate,
  /** Who agreed it, e.g. "the head, the SENCO and me". */
  agreedBy: optionalText,
  /** Whether the parent agreed; null when not recorded. */
  parentAgreed: z.boolean().nullable().default(null),
  // Restraint and seclusion (R-DAY-RESTRAINT-…)
  restraintType: z.enum(RESTRAINT_TYPES).nullable().default(null),
  /** The day the parent was told, and who told them. */
  parentToldOn: optionalDate,
  parentToldBy: optionalText,
  /** Whether the parent was given a written report or record. */
  toldInWriting: z.boolean().nullable().default(null),
  // Absence and attendance (R-DAY-ATT-…, R-DAY-PENALTY)
  absenceReason: z.enum(ABSENCE_REASONS).nullable().default(null),
  attendanceCode: z.enum(ATTENDANCE_CODES).nullable().default(null),
  /** A penalty notice's amount in whole pounds. */
  amount: z.number().int().nonnegative().nullable().default(null),
  notes: optionalText,
  documentIds: list(z.string()),
});

/** A term or a closure (half-term, training day) in the child's school calendar. */
export const schoolTermSchema = z.object({
  id: idSchema,
  kind: z.enum(SCHOOL_TERM_KINDS),
  /** e.g. "Autumn term 2026", "Half-term", "Training day". */
  label: z.string(),
  start: calendarDateSchema,
  end: calendarDateSchema,
});

// ── The tribunal (issue 23) ──────────────────────────────────────────────────────────────

/** A date in the tribunal's directions, as the parent recorded it from the registration letter. */
export const appealDateSchema = z.object({
  id: idSchema,
  kind: z.enum(APPEAL_DATE_KINDS),
  date: calendarDateSchema,
  /** The date's name, for "other". */
  label: optionalText,
  notes: optionalText,
});

/** A document of the case in the appeal's evidence bundle: its section and pages (decision 140). */
export const appealBundleItemSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  section: z.enum(BUNDLE_SECTIONS),
  /** Pages in the document, read from the file when it was added. */
  pages: z.number().int().min(1),
  kind: z.enum(BUNDLE_ITEM_KINDS).default("document"),
  /** An expert report's executive summary, in pages (R-TRIB-EXPERTS). */
  summaryPages: z.number().int().nonnegative().nullable().default(null),
  /** When an expert report was written, for its age (R-TRIB-EXPERTS). */
  reportDate: optionalDate,
});

/** A proposed change to the plan in the working document (R-TRIB-WORKING-DOC), in the document's order. */
export const appealProposalSchema = z.object({
  id: idSchema,
  section: z.enum(APPEAL_SECTIONS),
  /** The plan line changed, when the change is to a line of a plan in the case. */
  planLineId: optionalText,
  originalText: optionalText,
  /** The words proposed; null to take the original out. */
  proposedText: optionalText,
  kind: z.enum(PROPOSAL_KINDS),
  reason: optionalText,
  /** Bundle page references, e.g. "C45–C47". */
  evidencePages: optionalText,
});

/** A numbered paragraph of the family's witness statement, in the statement's order. */
export const appealStatementParagraphSchema = z.object({
  id: idSchema,
  /** The day it is about, if it is about one. */
  date: optionalDate,
  text: z.string(),
  /** Documents of the case it refers to, shown by their bundle pages. */
  exhibitDocumentIds: list(z.string()),
});

/**
 * One exported version of the working document or the witness statement. What was exported is
 * kept beside it to download again (and travels in an archive's records), not in the document.
 */
export const appealDocumentVersionSchema = z.object({
  id: idSchema,
  kind: z.enum(APPEAL_DOCUMENT_KINDS),
  version: z.number().int().min(1),
  /** When it was exported (an ISO timestamp). */
  createdAt: z.string(),
});

/** The tribunal's order, or what the council conceded (R-TRIB-COMPLY, R-TRIB-UNOPPOSED). */
export const appealOrderSchema = z.object({
  id: idSchema,
  kind: z.enum(ORDER_KINDS),
  /** The date on the order. */
  madeOn: calendarDateSchema,
  /** A conceded appeal: the day the council told the tribunal it would not oppose. */
  notOpposedOn: optionalDate,
  notes: optionalText,
});

/** A page label of the fixed bundle: 45, or 45A. */
const pageLabelSchema = z.object({ page: z.number().int().nonnegative(), suffix: z.string() });

/** The bundle's pages as they were sent (`BundlePagination["items"]`, decision 140): documents and gaps. */
export const fixedBundleItemSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("document"),
    documentId: z.string(),
    title: z.string(),
    date: calendarDateSchema,
    section: z.enum(BUNDLE_SECTIONS),
    pages: z.number().int().min(0),
    firstPage: pageLabelSchema,
    lastPage: pageLabelSchema,
    isSupplementary: z.boolean(),
    isOutOfDateOrder: z.boolean(),
    startsAtSheet: z.number().int(),
  }),
  z.object({
    kind: z.literal("gap"),
    documentId: z.string(),
    title: z.string(),
    date: calendarDateSchema,
    section: z.enum(BUNDLE_SECTIONS),
    pages: z.number().int().min(0),
    firstPage: pageLabelSchema,
    lastPage: pageLabelSchema,
    reason: z.enum(["removed", "replaced"]),
  }),
]);

/** An appeal to the SEND Tribunal against a decision recorded in `statutoryEvents`, with everything made for it. */
export const appealSchema = z.object({
  id: idSchema,
  /** The statutory event (the decision) appealed; null if that record was removed. */
  decisionEventId: optionalText,
  appealType: z.enum(APPEAL_TYPES),
  /** The day the appeal was started in Clearpath (in England). */
  startedOn: optionalDate,
  /** Which of the plan's sections are appealed (plan appeals only). */
  sections: list(z.enum(APPEAL_SECTIONS)),
  /** An extended appeal: recommendations on health and social care are asked for too. */
  wantsRecommendations: z.boolean().default(false),
  mediation: z.enum(MEDIATION_STEPS).default("no_certificate_yet"),
  mediationCertificateOn: optionalDate,
  submittedOn: optionalDate,
  registeredOn: optionalDate,
  tribunalReference: optionalText,
  status: z.enum(APPEAL_STATUSES).default("preparing"),
  notes: optionalText,
  /** The bundle's pages as sent (decision 140); null until it is sent. */
  bundleFixed: z.array(fixedBundleItemSchema).nullable().default(null),
  bundleFixedOn: optionalDate,
  /** The directions' dates, earliest first. */
  dates: list(appealDateSchema),
  bundleItems: list(appealBundleItemSchema),
  /** The working document's changes, in order. */
  proposals: list(appealProposalSchema),
  /** The witness statement's paragraphs, in order. */
  statementParagraphs: list(appealStatementParagraphSchema),
  /** Exported versions, oldest first. */
  documentVersions: list(appealDocumentVersionSchema),
  order: appealOrderSchema.nullable().default(null),
});

export const caseDocumentSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  child: childSchema,
  needs: list(needSchema),
  diagnoses: list(diagnosisSchema),
  cycles: list(cycleSchema),
  measurements: list(measurementSchema),
  diary: list(diaryEntrySchema),
  adjustments: list(adjustmentSchema),
  professionals: list(professionalSchema),
  referrals: list(referralSchema),
  reports: list(reportSchema),
  meetings: list(meetingSchema),
  correspondence: list(correspondenceSchema),
  statutoryEvents: list(statutoryEventSchema),
  ehcPlans: list(ehcPlanSchema),
  familyPriorities: list(familyPrioritySchema),
  documents: list(documentSchema),
  schoolDay: list(schoolDayEventSchema),
  /** The school's own term dates; empty when not known, and then school days are estimated. */
  schoolTerms: list(schoolTermSchema),
  /** Appeals to the SEND Tribunal; empty in exports made before issue 23. */
  appeals: list(appealSchema),
});

/** The whole case, after parsing (every default filled in). */
export type CaseDocument = z.output<typeof caseDocumentSchema>;
/** What a caller may pass in: defaults may be left out. */
export type CaseDocumentInput = z.input<typeof caseDocumentSchema>;

export type Cycle = CaseDocument["cycles"][number];
export type Target = Cycle["targets"][number];
export type ProvisionLine = Cycle["provision"][number];
export type DeliverySession = Cycle["sessions"][number];
export type Review = NonNullable<Cycle["review"]>;
export type Measurement = CaseDocument["measurements"][number];
export type Recommendation = CaseDocument["reports"][number]["recommendations"][number];
export type SchoolDayRecord = CaseDocument["schoolDay"][number];
export type SchoolTerm = CaseDocument["schoolTerms"][number];
export type Appeal = CaseDocument["appeals"][number];
export type AppealDate = Appeal["dates"][number];
export type AppealBundleItem = Appeal["bundleItems"][number];
export type AppealProposal = Appeal["proposals"][number];
export type AppealStatementParagraph = Appeal["statementParagraphs"][number];
export type AppealDocumentVersion = Appeal["documentVersions"][number];
export type AppealOrder = NonNullable<Appeal["order"]>;
