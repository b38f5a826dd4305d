// The words the delivery log uses for a session: whether it happened, and why not.

export const SESSION_STATUSES = ["held", "cancelled", "unknown"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const CANCEL_REASONS = ["staff_absence", "trip", "child_absent", "other"] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  held: "Held",
  cancelled: "Cancelled",
  unknown: "Not known",
};

export const CANCEL_REASON_LABELS: Record<CancelReason, string> = {
  staff_absence: "Staff absence",
  trip: "Trip or event",
  child_absent: "Child absent",
  other: "Other reason",
};

/** One session of a provision line on one date, as the log holds it. */
export type LoggedSession = {
  date: string;
  status: SessionStatus;
  cancelReason: CancelReason | null;
};
