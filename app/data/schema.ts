// The database schema: one schema and one set of migrations for PGlite and PostgreSQL.
// Column shapes follow the canonical case document in app/domain (see docs/decisions/004).
import { sql } from "drizzle-orm";
import {
  bigserial,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
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
    purpose: text("purpose", { enum: ["verify_email", "reset_password"] }).notNull(),
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
    role: text("role", { enum: ["owner", "carer", "adviser"] }).notNull(),
    level: text("level", { enum: ["read", "comment", "write", "own"] }).notNull(),
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
      enum: ["communication_interaction", "cognition_learning", "semh", "sensory_physical"],
    }).notNull(),
    signs: text("signs")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    otherSigns: text("other_signs"),
    since: date("since", { mode: "string" }),
    impact: text("impact", { enum: ["a_little", "quite_a_lot", "a_great_deal"] }),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("needs_case_area_key").on(t.caseId, t.area)],
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
    createdAt: createdAt(),
  },
  (t) => [index("diagnoses_case_idx").on(t.caseId)],
);
