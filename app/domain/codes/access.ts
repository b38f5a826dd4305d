// Code list: who may see a case and what they may do, and what the activity log records of them,
// with the words a person sees (docs/decisions/024-code-lists.md). The gate
// (app/auth/access.server.ts) reads the levels' order: each level includes the ones before it.

export const CASE_ROLES = ["owner", "carer", "adviser"] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

/** The roles a case can be shared with: everyone but the owner. */
export const SHARE_ROLES = ["carer", "adviser"] as const satisfies readonly CaseRole[];
export type ShareRole = (typeof SHARE_ROLES)[number];

export const ROLE_LABELS: Record<CaseRole, string> = {
  owner: "Owner",
  carer: "Second carer",
  adviser: "Adviser",
};

/** Least to most: a level includes every level before it. */
export const ACCESS_LEVELS = ["read", "comment", "write", "own"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The levels a case can be shared at: every level but the owner's. */
export const SHARE_LEVELS = ["read", "comment", "write"] as const satisfies readonly AccessLevel[];
export type ShareLevel = (typeof SHARE_LEVELS)[number];

export const LEVEL_LABELS: Record<ShareLevel, string> = {
  read: "Read only",
  comment: "Read and comment",
  write: "Read, comment and edit",
};

/** What the activity log records: a page read, a change made, a shared link opened. */
export const AUDIT_ACTIONS = ["read", "change", "open_link"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
