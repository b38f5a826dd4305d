// The database schema: one schema and one set of migrations for PGlite and PostgreSQL.
// Column shapes follow the canonical case document in app/domain (see docs/decisions/004).
// Every reference between two case tables is also a composite key (case_id, x_id) -> (case_id, id),
// so a record can point only within its own case. Those keys are in the hand-written migration
// 0008_case_scoped_keys.sql (drizzle cannot say ON DELETE SET NULL (column)), not here: a new
// reference between case tables needs its composite key added by a custom migration too
// (docs/decisions/027).
import { getTableColumns, sql, type Table } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  customType,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
// Every text column with a fixed set of values takes it from its code list in the domain
// (docs/decisions/024-code-lists.md): the database keeps them as text, so a change needs no migration
// unless stored values change.
import { AREAS_OF_NEED, IMPACT_LEVELS } from "../domain/areas-of-need";
import { ACCESS_LEVELS, AUDIT_ACTIONS, CASE_ROLES, SHARE_LEVELS, SHARE_ROLES } from "../domain/codes/access";
import { BOOKING_STATUSES, EMAIL_TOKEN_PURPOSES, ORG_ROLES } from "../domain/codes/accounts";
import { ADJUSTMENT_STATUSES } from "../domain/codes/adjustments";
import { CHANNELS, DIRECTIONS } from "../domain/codes/correspondence";
import { DATE_SOURCES, DOCUMENT_SOURCES } from "../domain/codes/documents";
import { EHC_PLAN_STAGES } from "../domain/codes/ehc-plans";
import { ACTION_STATUSES, MEETING_KINDS } from "../domain/codes/meetings";
import { PROFESSIONAL_ROLES, REFERRAL_STATUSES } from "../domain/codes/professionals";
import { RECOMMENDATION_STATUSES } from "../domain/codes/recommendations";
import { TRANSFERS } from "../domain/codes/statutory";
import { SENDING_METHODS } from "../domain/statutory/receipt";
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
} from "../domain/codes/tribunal";
import type { BundleItem } from "../domain/tribunal/paginate-bundle";
import { ABSENCE_REASONS, ATTENDANCE_CODES, FIRST_SESSIONS, RESTRAINT_TYPES, SCHOOL_DAY_KINDS, SCHOOL_TERM_KINDS } from "../domain/codes/school-day";
import { CANCEL_REASONS, SESSION_STATUSES } from "../domain/delivery/session-status";
import { MEASURE_KINDS } from "../domain/progress/measure-kinds";
import { CYCLE_KINDS, OVERALL_PROGRESS, REVIEW_DECISIONS } from "../domain/support/review-options";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();


/** PostgreSQL's full-text search vector; filled by a generated column, read only in search queries. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The English search vector of some text columns, kept by PostgreSQL itself (a stored generated column). */
function searchVector(...columns: string[]) {
  const text = columns.map((column) => `coalesce(${column}, '')`).join(" || ' ' || ");
  return tsvector("search").generatedAlwaysAs(sql.raw(`to_tsvector('english'::regconfig, ${text})`));
}

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** A member of the advice organisation: an adviser, or its admin who manages advisers. */
    orgRole: text("org_role", { enum: ORG_ROLES }),
    /** The authenticator app's shared secret (base32), sealed with the server's secret. */
    totpSecret: text("totp_secret"),
    /** When the second factor was turned on; null while it is off or only being set up. */
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The last time step a code was accepted for, so one code cannot be used twice. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/** A signed-in session. The id is the SHA-256 of the cookie's token, so the table alone signs nobody in. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** True between a right password and a right second-factor code: such a session signs nobody in. */
    awaitingSecondFactor: boolean("awaiting_second_factor").notNull().default(false),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Single-use links sent by email (confirm address, reset password). Only the token's hash is kept. */
export const emailTokens = pgTable(
  "email_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: EMAIL_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("email_tokens_hash_key").on(t.tokenHash)],
);

/** Failed sign-ins, keyed by a hash of the account or the address, for rate limiting. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_key_at_idx").on(t.key, t.at)],
);

/** Email kept in the app instead of sent, when no SMTP server is configured. */
export const outboxMessages = pgTable("outbox_messages", {
  id: uuid("id").primaryKey().defaultRandom(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  createdAt: createdAt(),
});

/** A case: one child, with the child's profile kept on the case itself. */
export const cases = pgTable("cases", {
  id: uuid("id").primaryKey().defaultRandom(),
  childName: text("child_name").notNull(),
  dateOfBirth: date("date_of_birth", { mode: "string" }),
  school: text("school"),
  yearGroup: text("year_group"),
  sencoName: text("senco_name"),
  sencoEmail: text("senco_email"),
  sencoPhone: text("senco_phone"),
  strengths: text("strengths"),
  interests: text("interests"),
  views: text("views"),
  /**
   * Goes up by one whenever anything in the case changes: database triggers on every table that
   * belongs to a case keep it (migration 0003), so computed views can be cached by version.
   */
  version: integer("version").notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Who may see a case, and how much. The owner has a row like anyone else, so the gate reads one
 * table. Later: second carers and advisers, limited in time (`expiresAt`) and revocable (`revokedAt`).
 */
export const caseAccess = pgTable(
  "case_access",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: CASE_ROLES }).notNull(),
    level: text("level", { enum: ACCESS_LEVELS }).notNull(),
    grantedBy: uuid("granted_by").references(() => users.id, { onDelete: "set null" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("case_access_case_user_key").on(t.caseId, t.userId),
    index("case_access_user_idx").on(t.userId),
  ],
);

export const caseContacts = pgTable(
  "case_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role"),
    email: text("email"),
    phone: text("phone"),
    createdAt: createdAt(),
  },
  (t) => [index("case_contacts_case_idx").on(t.caseId)],
);

/** A need in one of the four broad areas: one row per area per case. */
export const needs = pgTable(
  "needs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    area: text("area", {
      enum: AREAS_OF_NEED,
    }).notNull(),
    signs: text("signs")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    otherSigns: text("other_signs"),
    since: date("since", { mode: "string" }),
    impact: text("impact", { enum: IMPACT_LEVELS }),
    notes: text("notes"),
    search: searchVector("other_signs", "notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("needs_case_area_key").on(t.caseId, t.area), index("needs_search_idx").using("gin", t.search)],
);

export const diagnoses = pgTable(
  "diagnoses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    date: date("date", { mode: "string" }),
    madeBy: text("made_by"),
    search: searchVector("name", "made_by"),
    createdAt: createdAt(),
  },
  (t) => [index("diagnoses_case_idx").on(t.caseId), index("diagnoses_search_idx").using("gin", t.search)],
);

// ── The support record: Assess–Plan–Do–Review cycles ────────────────────────────────────────

/** One cycle of SEN support (or a stage of monitoring), from its plan to its review. */
export const cycles = pgTable(
  "cycles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: CYCLE_KINDS }).notNull().default("sen_support"),
    title: text("title"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    reviewDate: date("review_date", { mode: "string" }),
    carriedForwardFrom: uuid("carried_forward_from"),
    assessmentSummary: text("assessment_summary"),
    assessedBy: text("assessed_by"),
    assessmentDate: date("assessment_date", { mode: "string" }),
    assessmentFindings: text("assessment_findings"),
    /** The school's own plan document: its name or a note for now (uploads come later). */
    schoolPlanNote: text("school_plan_note"),
    /** The school's own plan document, when it has been uploaded. */
    schoolPlanDocumentId: uuid("school_plan_document_id").references((): AnyPgColumn => documents.id, { onDelete: "set null" }),
    search: searchVector("title", "assessment_summary", "assessed_by", "assessment_findings", "school_plan_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("cycles_case_idx").on(t.caseId, t.startDate), index("cycles_search_idx").using("gin", t.search)],
);

export const targets = pgTable(
  "targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    area: text("area", { enum: AREAS_OF_NEED }),
    carriedForwardFrom: uuid("carried_forward_from"),
    position: integer("position").notNull().default(0),
    search: searchVector("text"),
    createdAt: createdAt(),
  },
  (t) => [index("targets_cycle_idx").on(t.cycleId), index("targets_search_idx").using("gin", t.search)],
);

/** A line of provision in a plan: what, who, how often, how long, group size, dates. */
export const provisions = pgTable(
  "provisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "set null" }),
    what: text("what").notNull(),
    who: text("who"),
    frequency: text("frequency"),
    sessionsPerWeek: numeric("sessions_per_week", { mode: "number" }),
    /** The weekdays sessions fall on (1 = Monday … 5 = Friday) when the parent chose them; empty: not chosen. */
    sessionWeekdays: integer("session_weekdays")
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    durationMinutes: integer("duration_minutes"),
    groupSize: text("group_size"),
    startDate: date("start_date", { mode: "string" }),
    endDate: date("end_date", { mode: "string" }),
    /** What the school's own provision map says about this line, for the audit. */
    provisionMapNote: text("provision_map_note"),
    /** Sessions the school's provision map says were delivered, when it gives a number. */
    provisionMapSessions: integer("provision_map_sessions"),
    carriedForwardFrom: uuid("carried_forward_from"),
    position: integer("position").notNull().default(0),
    search: searchVector("what", "who", "frequency", "provision_map_note"),
    createdAt: createdAt(),
  },
  (t) => [index("provisions_cycle_idx").on(t.cycleId), index("provisions_search_idx").using("gin", t.search)],
);

/** One planned session of a provision, and whether it happened. */
export const deliverySessions = pgTable(
  "delivery_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    provisionId: uuid("provision_id")
      .notNull()
      .references(() => provisions.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    status: text("status", { enum: SESSION_STATUSES }).notNull().default("unknown"),
    cancelReason: text("cancel_reason", { enum: CANCEL_REASONS }),
    note: text("note"),
    search: searchVector("note"),
  },
  (t) => [uniqueIndex("delivery_sessions_provision_date_key").on(t.provisionId, t.date), index("delivery_sessions_case_idx").on(t.caseId), index("delivery_sessions_search_idx").using("gin", t.search)],
);

/** The review that closes a cycle. Progress per target and views per provision are lists. */
export const reviews = pgTable(
  "reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    parentAttended: boolean("parent_attended"),
    targetProgress: jsonb("target_progress")
      .$type<Array<{ targetId: string; rating: "achieved" | "partly" | "not_yet"; evidence: string | null }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    overallProgress: text("overall_progress", { enum: OVERALL_PROGRESS }),
    whatWorked: text("what_worked"),
    barriers: text("barriers"),
    childViews: text("child_views"),
    parentViews: text("parent_views"),
    provisionEffectiveness: jsonb("provision_effectiveness")
      .$type<Array<{ provisionId: string; parentView: string | null; schoolView: string | null }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    decision: text("decision", { enum: REVIEW_DECISIONS }),
    search: searchVector("what_worked", "barriers", "child_views", "parent_views"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("reviews_cycle_key").on(t.cycleId), index("reviews_search_idx").using("gin", t.search)],
);

// ── Progress over time ───────────────────────────────────────────────────────────────────────

export const measurements = pgTable(
  "measurements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind", {
      enum: MEASURE_KINDS,
    }).notNull(),
    label: text("label").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    value: numeric("value", { mode: "number" }).notNull(),
    unit: text("unit"),
    expectedValue: numeric("expected_value", { mode: "number" }),
    scaleMin: numeric("scale_min", { mode: "number" }),
    scaleMax: numeric("scale_max", { mode: "number" }),
    higherIsBetter: boolean("higher_is_better").notNull().default(true),
    area: text("area", { enum: AREAS_OF_NEED }),
    source: text("source"),
    notes: text("notes"),
    search: searchVector("label", "source", "notes"),
    createdAt: createdAt(),
  },
  (t) => [index("measurements_case_idx").on(t.caseId, t.label, t.date), index("measurements_search_idx").using("gin", t.search)],
);

export const diaryEntries = pgTable(
  "diary_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    areas: text("areas")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    search: searchVector("text"),
    createdAt: createdAt(),
  },
  (t) => [index("diary_entries_case_idx").on(t.caseId, t.date), index("diary_entries_search_idx").using("gin", t.search)],
);

// ── Reasonable adjustments (Equality Act 2010, separate from SEN support) ────────────────────

export const adjustments = pgTable(
  "adjustments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    requestedOn: date("requested_on", { mode: "string" }),
    requestedBy: text("requested_by"),
    status: text("status", { enum: ADJUSTMENT_STATUSES }).notNull().default("requested"),
    respondedOn: date("responded_on", { mode: "string" }),
    reason: text("reason"),
    reviewNote: text("review_note"),
    area: text("area", { enum: AREAS_OF_NEED }),
    search: searchVector("description", "requested_by", "reason", "review_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("adjustments_case_idx").on(t.caseId), index("adjustments_search_idx").using("gin", t.search)],
);

// ── Evidence and communication ───────────────────────────────────────────────────────────────

/**
 * An uploaded document. The file itself is kept encrypted in the storage folder under
 * `storageKey`; the row is written only after the file is safely stored, and a start-up sweep
 * removes any stored file that has no row (docs/decisions/050-uploads-written-file-first.md).
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    date: date("date", { mode: "string" }),
    /** Where the suggested date came from: the file's metadata, its text, or none found. */
    dateSource: text("date_source", { enum: DATE_SOURCES }),
    /** The date in the file's own details (a PDF's creation date, an email's Date header), as read on upload. */
    metadataDate: date("metadata_date", { mode: "string" }),
    source: text("source", { enum: DOCUMENT_SOURCES }).notNull().default("other"),
    author: text("author"),
    areas: text("areas")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    /** The text found in the file, for search and for reading recommendations out of reports. */
    text: text("text"),
    /** Why no text (or only part of it) could be read, in plain words. */
    extractionNote: text("extraction_note"),
    search: searchVector("title", "author", "file_name", "text"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    /** Who added it, as their name was then: it still reads after they leave, or in an imported case. */
    uploadedByName: text("uploaded_by_name"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("documents_case_idx").on(t.caseId, t.date),
    uniqueIndex("documents_storage_key").on(t.storageKey),
    index("documents_search_idx").using("gin", t.search),
  ],
);

export const professionals = pgTable(
  "professionals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role", { enum: PROFESSIONAL_ROLES }).notNull(),
    organisation: text("organisation"),
    email: text("email"),
    phone: text("phone"),
    involvedFrom: date("involved_from", { mode: "string" }),
    notes: text("notes"),
    search: searchVector("name", "organisation", "notes"),
    createdAt: createdAt(),
  },
  (t) => [index("professionals_case_idx").on(t.caseId), index("professionals_search_idx").using("gin", t.search)],
);

export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    service: text("service", { enum: PROFESSIONAL_ROLES }).notNull(),
    professionalId: uuid("professional_id").references(() => professionals.id, { onDelete: "set null" }),
    requestedBy: text("requested_by"),
    requestedOn: date("requested_on", { mode: "string" }),
    status: text("status", { enum: REFERRAL_STATUSES }).notNull().default("requested"),
    seenOn: date("seen_on", { mode: "string" }),
    notes: text("notes"),
    search: searchVector("requested_by", "notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("referrals_case_idx").on(t.caseId), index("referrals_search_idx").using("gin", t.search)],
);

/** A professional's report; its recommendations are suggested from the linked document's text. */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    professionalId: uuid("professional_id").references(() => professionals.id, { onDelete: "set null" }),
    author: text("author"),
    date: date("date", { mode: "string" }),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    search: searchVector("title", "author"),
    createdAt: createdAt(),
  },
  (t) => [index("reports_case_idx").on(t.caseId, t.date), index("reports_search_idx").using("gin", t.search)],
);

export const recommendations = pgTable(
  "recommendations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    area: text("area", { enum: AREAS_OF_NEED }),
    what: text("what"),
    who: text("who"),
    frequency: text("frequency"),
    duration: text("duration"),
    status: text("status", { enum: RECOMMENDATION_STATUSES }).notNull().default("suggested"),
    /** Whether the EHC plan includes it, as the parent judges (EHC plans are recorded later). */
    inEhcPlan: boolean("in_ehc_plan"),
    isBeingDelivered: boolean("is_being_delivered"),
    position: integer("position").notNull().default(0),
    search: searchVector("text"),
    createdAt: createdAt(),
  },
  (t) => [index("recommendations_report_idx").on(t.reportId), index("recommendations_case_idx").on(t.caseId), index("recommendations_search_idx").using("gin", t.search)],
);

/** Which provision lines answer a recommendation. */
export const recommendationProvisions = pgTable(
  "recommendation_provisions",
  {
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    recommendationId: uuid("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    provisionId: uuid("provision_id")
      .notNull()
      .references(() => provisions.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("recommendation_provisions_key").on(t.recommendationId, t.provisionId), index("recommendation_provisions_provision_idx").on(t.provisionId)],
);

export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    kind: text("kind", { enum: MEETING_KINDS }).notNull().default("other"),
    title: text("title"),
    attendees: text("attendees")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    parentAttended: boolean("parent_attended").notNull().default(true),
    /** The parent's own questions for the meeting, one per line. */
    questions: text("questions"),
    /** Questions picked from the question bank, by their ids. */
    pickedQuestions: text("picked_questions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text("notes"),
    agreed: text("agreed"),
    search: searchVector("title", "questions", "notes", "agreed"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("meetings_case_idx").on(t.caseId, t.date), index("meetings_search_idx").using("gin", t.search)],
);

export const meetingActions = pgTable(
  "meeting_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    owner: text("owner"),
    dueDate: date("due_date", { mode: "string" }),
    status: text("status", { enum: ACTION_STATUSES }).notNull().default("open"),
    doneOn: date("done_on", { mode: "string" }),
    position: integer("position").notNull().default(0),
    search: searchVector("description", "owner"),
    createdAt: createdAt(),
  },
  (t) => [index("meeting_actions_meeting_idx").on(t.meetingId), index("meeting_actions_case_idx").on(t.caseId), index("meeting_actions_search_idx").using("gin", t.search)],
);

/** Letters and emails sent and received, with the date a reply is due. */
export const correspondence = pgTable(
  "correspondence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    date: date("date", { mode: "string" }).notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull().default("email"),
    from: text("from_party"),
    to: text("to_party"),
    subject: text("subject"),
    /** A summary, or the whole text of a letter or email. */
    body: text("body"),
    /** The kind of letter, e.g. "provision_map_request" (see app/domain/letters). */
    kind: text("kind"),
    replyBy: date("reply_by", { mode: "string" }),
    /** When the reply came; null while still waiting. */
    repliedOn: date("replied_on", { mode: "string" }),
    inReplyTo: uuid("in_reply_to"),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    search: searchVector("from_party", "to_party", "subject", "body"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("correspondence_case_idx").on(t.caseId, t.date), index("correspondence_search_idx").using("gin", t.search)],
);

/** A letter being written from the case, editable until it is downloaded and sent. */
export const letters = pgTable(
  "letters",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    senderName: text("sender_name"),
    senderAddress: text("sender_address"),
    recipientName: text("recipient_name"),
    recipientAddress: text("recipient_address"),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** Days the recipient is asked to reply within (calendar days from sending). */
    replyWithinDays: integer("reply_within_days"),
    sentOn: date("sent_on", { mode: "string" }),
    correspondenceId: uuid("correspondence_id").references(() => correspondence.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("letters_case_idx").on(t.caseId)],
);

// ── The statutory process ───────────────────────────────────────────────────────────────────

/** Something that happened in the statutory process (a request received, a decision, a plan…), dated. */
export const statutoryEvents = pgTable(
  "statutory_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** An event type the domain's deadlines understand (KNOWN_EVENT_TYPES), e.g. "ehcna_request_received". */
    type: text("type").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    transfer: text("transfer", { enum: TRANSFERS }),
    /** Tells apart several events of one type, e.g. two annual reviews. */
    key: text("key"),
    notes: text("notes"),
    /** For a request: how the family sent it, which sets the day it counts as received (decision 032). */
    sentBy: text("sent_by", { enum: SENDING_METHODS }),
    /** The day it was sent (for signed-for post, the day it was signed for). */
    sentOn: date("sent_on", { mode: "string" }),
    /** Sent after 5 pm (by hand or email): it counts as received the next working day. */
    sentAfter5pm: boolean("sent_after_5pm"),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    search: searchVector("type", "notes"),
    createdAt: createdAt(),
  },
  (t) => [index("statutory_events_case_idx").on(t.caseId, t.date), index("statutory_events_search_idx").using("gin", t.search)],
);

// ── The school day (issue 22): exclusions, part-time timetables, restraint, attendance ─────

/**
 * One record of the school day, mirroring `schoolDayEventSchema` in the case document: one shape
 * for every kind, the fields a kind does not use left null. Its document, if any, is one of the
 * same case (composite key in migration 0013).
 */
export const schoolDayEvents = pgTable(
  "school_day_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: SCHOOL_DAY_KINDS }).notNull(),
    date: date("date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    sessions: integer("sessions"),
    firstSession: text("first_session", { enum: FIRST_SESSIONS }),
    /** The time of day as the parent wrote it, e.g. "12:30". */
    time: text("time"),
    schoolSaid: text("school_said"),
    noticeReceivedOn: date("notice_received_on", { mode: "string" }),
    boardToldOn: date("board_told_on", { mode: "string" }),
    wouldMissPublicExam: boolean("would_miss_public_exam").notNull().default(false),
    madeRepresentations: boolean("made_representations").notNull().default(false),
    decisionToldOn: date("decision_told_on", { mode: "string" }),
    educationArrangedFrom: date("education_arranged_from", { mode: "string" }),
    sessionsPerWeek: integer("sessions_per_week"),
    hoursPerDay: numeric("hours_per_day", { mode: "number" }),
    reviewDate: date("review_date", { mode: "string" }),
    agreedBy: text("agreed_by"),
    parentAgreed: boolean("parent_agreed"),
    restraintType: text("restraint_type", { enum: RESTRAINT_TYPES }),
    parentToldOn: date("parent_told_on", { mode: "string" }),
    parentToldBy: text("parent_told_by"),
    toldInWriting: boolean("told_in_writing"),
    absenceReason: text("absence_reason", { enum: ABSENCE_REASONS }),
    attendanceCode: text("attendance_code", { enum: ATTENDANCE_CODES }),
    /** A penalty notice's amount in whole pounds. */
    amount: integer("amount"),
    notes: text("notes"),
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    search: searchVector("school_said", "notes", "agreed_by", "parent_told_by", "time"),
    createdAt: createdAt(),
  },
  (t) => [index("school_day_events_case_idx").on(t.caseId, t.date), index("school_day_events_search_idx").using("gin", t.search)],
);

/** A term, or a closure inside one (half-term, a training day), of the child's school: `schoolTermSchema`. */
export const schoolTerms = pgTable(
  "school_terms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: SCHOOL_TERM_KINDS }).notNull(),
    label: text("label").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("school_terms_case_idx").on(t.caseId, t.startDate)],
);

// ── The tribunal (issue 23): appeals, their directions, bundle, working document and statement ─

/**
 * An appeal to the SEND Tribunal against one decision recorded on the statutory page (a
 * `statutory_events` row of the same case: composite key in migration 0014, cleared if the event
 * is removed). Mirrors `appealSchema` in the case document.
 */
export const appeals = pgTable(
  "appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    decisionEventId: uuid("decision_event_id").references(() => statutoryEvents.id, { onDelete: "set null" }),
    appealType: text("appeal_type", { enum: APPEAL_TYPES }).notNull(),
    /** Which of the plan's sections B, F and I are appealed (plan appeals only). */
    sections: text("sections", { enum: APPEAL_SECTIONS })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** An extended appeal: the family also asks for recommendations on health and social care. */
    wantsRecommendations: boolean("wants_recommendations").notNull().default(false),
    mediation: text("mediation", { enum: MEDIATION_STEPS }).notNull().default("no_certificate_yet"),
    mediationCertificateOn: date("mediation_certificate_on", { mode: "string" }),
    submittedOn: date("submitted_on", { mode: "string" }),
    registeredOn: date("registered_on", { mode: "string" }),
    tribunalReference: text("tribunal_reference"),
    status: text("status", { enum: APPEAL_STATUSES }).notNull().default("preparing"),
    notes: text("notes"),
    /** The bundle's pagination items as they were when the family sent it (decision 140); null before. */
    bundleFixed: jsonb("bundle_fixed").$type<BundleItem[]>(),
    bundleFixedOn: date("bundle_fixed_on", { mode: "string" }),
    search: searchVector("tribunal_reference", "notes"),
    createdAt: createdAt(),
  },
  (t) => [index("appeals_case_idx").on(t.caseId), index("appeals_search_idx").using("gin", t.search)],
);

/** A date in the tribunal's directions, as the parent records it (R-TRIB-REGISTER). */
export const appealDates = pgTable(
  "appeal_dates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: APPEAL_DATE_KINDS }).notNull(),
    date: date("date", { mode: "string" }).notNull(),
    /** The date's name, for "other". */
    label: text("label"),
    notes: text("notes"),
    search: searchVector("label", "notes"),
    createdAt: createdAt(),
  },
  (t) => [index("appeal_dates_appeal_idx").on(t.appealId, t.date), index("appeal_dates_case_idx").on(t.caseId), index("appeal_dates_search_idx").using("gin", t.search)],
);

/** A document of the case in the appeal's evidence bundle, with its section and page count. */
export const appealBundleItems = pgTable(
  "appeal_bundle_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    section: text("section", { enum: BUNDLE_SECTIONS }).notNull(),
    /** Pages in the document, read from the file when it was added. */
    pages: integer("pages").notNull(),
    kind: text("kind", { enum: BUNDLE_ITEM_KINDS }).notNull().default("document"),
    /** An expert report's executive summary, in pages (R-TRIB-EXPERTS). */
    summaryPages: integer("summary_pages"),
    /** The date an expert report was written, for its age (R-TRIB-EXPERTS). */
    reportDate: date("report_date", { mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("appeal_bundle_items_appeal_document_key").on(t.appealId, t.documentId), index("appeal_bundle_items_case_idx").on(t.caseId)],
);

/** A proposed change to the plan in the working document (R-TRIB-WORKING-DOC). */
export const appealProposals = pgTable(
  "appeal_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    section: text("section", { enum: APPEAL_SECTIONS }).notNull(),
    /** The plan line changed, when the change is to an existing line (cleared if the line goes). */
    planLineId: uuid("plan_line_id").references(() => ehcPlanLines.id, { onDelete: "set null" }),
    originalText: text("original_text"),
    /** The words proposed; null to take the original out. */
    proposedText: text("proposed_text"),
    kind: text("kind", { enum: PROPOSAL_KINDS }).notNull(),
    reason: text("reason"),
    /** Bundle page references, e.g. "C45–C47". */
    evidencePages: text("evidence_pages"),
    position: integer("position").notNull(),
    search: searchVector("original_text", "proposed_text", "reason"),
    createdAt: createdAt(),
  },
  (t) => [index("appeal_proposals_appeal_idx").on(t.appealId, t.position), index("appeal_proposals_case_idx").on(t.caseId), index("appeal_proposals_search_idx").using("gin", t.search)],
);

/** A version of an exported working document or witness statement, kept so it can be downloaded again. */
export const appealDocuments = pgTable(
  "appeal_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: APPEAL_DOCUMENT_KINDS }).notNull(),
    version: integer("version").notNull(),
    /** What was exported. */
    content: jsonb("content").$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("appeal_documents_version_key").on(t.appealId, t.kind, t.version), index("appeal_documents_case_idx").on(t.caseId)],
);

/** A numbered paragraph of the family's witness statement. */
export const appealStatementParagraphs = pgTable(
  "appeal_statement_paragraphs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** The day it is about, if it is about one. */
    date: date("date", { mode: "string" }),
    text: text("text").notNull(),
    /** Documents of the case it refers to (shown by their bundle pages). */
    exhibitDocumentIds: text("exhibit_document_ids")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    search: searchVector("text"),
    createdAt: createdAt(),
  },
  (t) => [
    index("appeal_statement_paragraphs_appeal_idx").on(t.appealId, t.position),
    index("appeal_statement_paragraphs_case_idx").on(t.caseId),
    index("appeal_statement_paragraphs_search_idx").using("gin", t.search),
  ],
);

/** The tribunal's order, or the day the council said it would not oppose (one per appeal). */
export const appealOrders = pgTable(
  "appeal_orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id")
      .notNull()
      .references(() => appeals.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ORDER_KINDS }).notNull(),
    /** The date on the order (R-TRIB-COMPLY counts from it). */
    madeOn: date("made_on", { mode: "string" }).notNull(),
    /** A conceded appeal: the day the council said it would not oppose (R-TRIB-UNOPPOSED). */
    notOpposedOn: date("not_opposed_on", { mode: "string" }),
    notes: text("notes"),
    search: searchVector("notes"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("appeal_orders_appeal_key").on(t.appealId), index("appeal_orders_case_idx").on(t.caseId), index("appeal_orders_search_idx").using("gin", t.search)],
);

/**
 * A table's columns without its search vector, for `db.select(readable(table))`: the vector
 * serves search queries only and would otherwise travel with every row.
 */
export function readable<T extends Table>(table: T): Omit<T["_"]["columns"], "search"> {
  const { search: _search, ...columns } = getTableColumns(table) as Record<string, unknown>;
  return columns as Omit<T["_"]["columns"], "search">;
}

/** A row as `readable(table)` selects it. */
export type ReadableRow<T extends Table> = Omit<T["$inferSelect"], "search">;

// ── EHC plans, the family's priorities and evidence packs ──────────────────────────────────


/** An EHC plan as the council sent it (draft, final or amended), kept as its sections' lines. */
export const ehcPlans = pgTable(
  "ehc_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    stage: text("stage", { enum: EHC_PLAN_STAGES }).notNull(),
    title: text("title").notNull(),
    issuedOn: date("issued_on", { mode: "string" }),
    /** The uploaded plan the lines were read from, if it came as a file. */
    documentId: uuid("document_id").references(() => documents.id, { onDelete: "set null" }),
    search: searchVector("title"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("ehc_plans_case_idx").on(t.caseId)],
);

/** One line of a plan's section (B needs, E outcomes, F provision, and the others kept as read). */
export const ehcPlanLines = pgTable(
  "ehc_plan_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => ehcPlans.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The plan's section letter, "A" to "K". */
    section: text("section").notNull(),
    /** Order within the plan. */
    position: integer("position").notNull(),
    text: text("text").notNull(),
    /** The area of need the line is about: the heading it sat under, or the parent's choice. */
    area: text("area", { enum: AREAS_OF_NEED }),
    search: searchVector("text"),
    createdAt: createdAt(),
  },
  (t) => [index("ehc_plan_lines_plan_idx").on(t.planId, t.position), index("ehc_plan_lines_case_idx").on(t.caseId)],
);

/** An outcome the family wants, to look for in every version of the plan. */
export const familyPriorities = pgTable(
  "family_priorities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    area: text("area", { enum: AREAS_OF_NEED }),
    search: searchVector("text"),
    createdAt: createdAt(),
  },
  (t) => [index("family_priorities_case_idx").on(t.caseId)],
);

/** A chosen set of documents and records to print as one numbered PDF bundle. */
export const evidencePacks = pgTable(
  "evidence_packs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Who it is for or what it goes with, e.g. "With our EHC needs assessment request". */
    purpose: text("purpose"),
    /** The documents in the order they go in the bundle. */
    documentIds: uuid("document_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    includeChronology: boolean("include_chronology").notNull().default(true),
    includeSummary: boolean("include_summary").notNull().default(true),
    search: searchVector("title", "purpose"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("evidence_packs_case_idx").on(t.caseId)],
);

// ── Reminders and calendar ──────────────────────────────────────────────────────────────────

/** A person's calendar feed and reminder choices. The feed's secret is kept only as its SHA-256. */
export const userCalendars = pgTable(
  "user_calendars",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    feedTokenHash: text("feed_token_hash"),
    remindersOn: boolean("reminders_on").notNull().default(true),
    /** How many days before a deadline the reminder email goes. */
    remindDaysBefore: integer("remind_days_before").notNull().default(7),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("user_calendars_feed_token_key").on(t.feedTokenHash)],
);

/** One reminder email sent; the unique key is what stops the same reminder going twice. */
export const remindersSent = pgTable(
  "reminders_sent",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** What the reminder is about, e.g. "deadline:ehcna_decision:<event id>" or "meeting:<id>". */
    subjectKey: text("subject_key").notNull(),
    due: date("due", { mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reminders_sent_key").on(t.userId, t.caseId, t.subjectKey, t.due)],
);

// ── Working together ───────────────────────────────────────────────────────────────────────

/** Single-use recovery codes for when the authenticator app is lost; only their hashes are kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("recovery_codes_hash_key").on(t.userId, t.codeHash)],
);

/** An invitation to a case by email: a single-use link that expires. Only the link's hash is kept. */
export const caseInvitations = pgTable(
  "case_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: SHARE_ROLES }).notNull(),
    level: text("level", { enum: SHARE_LEVELS }).notNull(),
    /** When the access it gives ends; null for no end date. */
    accessEndsAt: timestamp("access_ends_at", { withTimezone: true }),
    tokenHash: text("token_hash").notNull(),
    /** When the link stops working if nobody has used it. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("case_invitations_token_key").on(t.tokenHash), index("case_invitations_case_idx").on(t.caseId)],
);

/** A comment on a page of the case (a record, or a list), by anyone with comment access or more. */
export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    /** The page inside the case the comment is on, e.g. "support/<cycle id>" or "needs". */
    page: text("page").notNull(),
    pageTitle: text("page_title").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("comments_case_page_idx").on(t.caseId, t.page, t.createdAt)],
);

/** An adviser's notes of a support session; the family sees them once the adviser shares them. */
export const adviserNotes = pgTable(
  "adviser_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    sharedAt: timestamp("shared_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("adviser_notes_case_idx").on(t.caseId)],
);

/**
 * Every read and change of a case by anyone other than its owner, and every opening of a shared
 * link. Append-only: a trigger refuses updates (migration 0007); rows go only with their case.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** The name as it was, so the log still reads after the person deletes their account. */
    actorName: text("actor_name").notNull(),
    actorRole: text("actor_role").notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    path: text("path").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_case_at_idx").on(t.caseId, t.at)],
);

/**
 * A link that needs no account to one evidence pack or to one appeal's bundle (exactly one of the
 * two, decision 149): it expires, may need a passcode, can be revoked.
 */
export const shareLinks = pgTable(
  "share_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    packId: uuid("pack_id").references(() => evidencePacks.id, { onDelete: "cascade" }),
    appealId: uuid("appeal_id").references(() => appeals.id, { onDelete: "cascade" }),
    /** Who it is for, e.g. "Tribunal representative". */
    label: text("label").notNull(),
    tokenHash: text("token_hash").notNull(),
    passcodeHash: text("passcode_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("share_links_token_key").on(t.tokenHash),
    index("share_links_case_idx").on(t.caseId),
    check("share_links_one_thing", sql`num_nonnulls(${t.packId}, ${t.appealId}) = 1`),
  ],
);

// ── The organisation's bookings ────────────────────────────────────────────────────────────

/** The advice organisation's settings: one row. */
export const organisationSettings = pgTable("organisation_settings", {
  id: integer("id").primaryKey().default(1),
  name: text("name").notNull().default("SEN advice service"),
  /** How many hours before a session a parent may still cancel or rebook it. */
  noticeHours: integer("notice_hours").notNull().default(24),
  updatedAt: updatedAt(),
});

/** A kind of support session parents can book, set by the admin. */
export const sessionTypes = pgTable("session_types", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  minutes: integer("minutes").notNull(),
  description: text("description"),
  active: boolean("active").notNull().default(true),
  createdAt: createdAt(),
});

/** An adviser's weekly hours: weekday 1 (Monday) to 7, times as "HH:MM" in Europe/London. */
export const adviserAvailability = pgTable(
  "adviser_availability",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    adviserId: uuid("adviser_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    weekday: integer("weekday").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
  },
  (t) => [index("adviser_availability_adviser_idx").on(t.adviserId)],
);

/** A day an adviser is not available, whatever their weekly hours say. */
export const availabilityExceptions = pgTable(
  "availability_exceptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    adviserId: uuid("adviser_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    reason: text("reason"),
  },
  (t) => [uniqueIndex("availability_exceptions_key").on(t.adviserId, t.day)],
);

/** A booked support session. At most one booked session per adviser and start time (partial unique index). */
export const bookings = pgTable(
  "bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    adviserId: uuid("adviser_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionTypeId: uuid("session_type_id")
      .notNull()
      .references(() => sessionTypes.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** The case shared with the adviser for the session, if the parent chose to. */
    caseId: uuid("case_id").references(() => cases.id, { onDelete: "set null" }),
    status: text("status", { enum: BOOKING_STATUSES }).notNull().default("booked"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("bookings_adviser_start_key").on(t.adviserId, t.startsAt).where(sql`status = 'booked'`),
    index("bookings_parent_idx").on(t.parentId),
  ],
);
