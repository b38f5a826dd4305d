// The provision audit, "promised against delivered": for each line of support and each school
// term, the sessions planned, held and cancelled, the delivery rate, the time missed and why,
// and how that compares with what the school's own provision map says.

import { termOf, type SchoolTerm } from "./school-terms";
import { CANCEL_REASONS, type CancelReason, type LoggedSession } from "./session-status";
import { describeEffectiveness } from "../support/review-options";

export type AuditProvisionInput = {
  id: string;
  what: string;
  who: string | null;
  cycleTitle: string;
  durationMinutes: number | null;
  provisionMapNote: string | null;
  provisionMapSessions: number | null;
  /** The merged log: every expected session and every recorded one. */
  sessions: readonly LoggedSession[];
};

export type AuditReviewInput = {
  cycleTitle: string;
  date: string;
  provisionEffectiveness: ReadonlyArray<{ provisionId: string; parentView: string | null; schoolView: string | null }>;
};

/** Why sessions were missed. "not_given" when the record says cancelled but not why. */
export type MissedReason = CancelReason | "not_given";
export const MISSED_REASONS: readonly MissedReason[] = [...CANCEL_REASONS, "not_given"];

export type DeliveryTally = {
  planned: number;
  held: number;
  cancelled: number;
  unknown: number;
  /**
   * Held ÷ (held + cancelled), from 0 to 1; null when no session is known either way. Sessions
   * nobody knows about are left out, as the health check does: they are not evidence of a missed
   * session, nor of a held one.
   */
  deliveryRate: number | null;
  /** Minutes of cancelled sessions; null when the line does not say how long a session is. */
  minutesMissed: number | null;
  /** Cancelled sessions by reason (count and minutes), only reasons that occur. */
  reasons: Array<{ reason: MissedReason; sessions: number; minutes: number | null }>;
};

export type ProvisionMapComparison = {
  note: string | null;
  sessions: number | null;
  /** The map's number minus the sessions held in the log; null when the map gives no number. */
  difference: number | null;
  hasDifference: boolean;
};

export type AuditLine = {
  id: string;
  what: string;
  who: string | null;
  cycleTitle: string;
  durationMinutes: number | null;
  terms: Array<{ term: SchoolTerm } & DeliveryTally>;
  total: DeliveryTally;
  provisionMap: ProvisionMapComparison;
};

export type ProvisionAudit = {
  lines: AuditLine[];
  total: DeliveryTally;
  reviews: Array<{
    cycleTitle: string;
    date: string;
    views: Array<{ provisionId: string; what: string; parentView: string | null; schoolView: string | null }>;
  }>;
};

/**
 * Builds the audit from each line's session log and the reviews.
 *
 * Example: a line of 20-minute sessions with 3 held and 1 cancelled for staff absence in
 * October 2025 has one term, "Autumn term 2025": planned 4, held 3, cancelled 1, delivery rate
 * 0.75, 20 minutes missed, all for staff absence.
 */
export function buildProvisionAudit(provisions: readonly AuditProvisionInput[], reviews: readonly AuditReviewInput[]): ProvisionAudit {
  const lines = provisions.map((line): AuditLine => {
    const byTerm = new Map<string, { term: SchoolTerm; sessions: LoggedSession[] }>();
    for (const session of line.sessions) {
      const term = termOf(session.date);
      const bucket = byTerm.get(term.key) ?? { term, sessions: [] };
      bucket.sessions.push(session);
      byTerm.set(term.key, bucket);
    }
    const total = tallySessions(line.sessions, line.durationMinutes);
    const difference = line.provisionMapSessions === null ? null : line.provisionMapSessions - total.held;
    return {
      id: line.id,
      what: line.what,
      who: line.who,
      cycleTitle: line.cycleTitle,
      durationMinutes: line.durationMinutes,
      terms: [...byTerm.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, bucket]) => ({ term: bucket.term, ...tallySessions(bucket.sessions, line.durationMinutes) })),
      total,
      provisionMap: { note: line.provisionMapNote, sessions: line.provisionMapSessions, difference, hasDifference: difference !== null && difference !== 0 },
    };
  });
  const whatById = new Map(provisions.map((line) => [line.id, line.what]));
  return {
    lines,
    total: sumTallies(lines.map((line) => line.total)),
    reviews: reviews
      .map((review) => ({
        cycleTitle: review.cycleTitle,
        date: review.date,
        views: review.provisionEffectiveness
          .filter((view) => whatById.has(view.provisionId) && (view.parentView || view.schoolView))
          .map((view) => ({
            provisionId: view.provisionId,
            what: whatById.get(view.provisionId)!,
            parentView: describeEffectiveness(view.parentView),
            schoolView: describeEffectiveness(view.schoolView),
          })),
      }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
  };
}

/**
 * Counts one list of sessions. Example: held, held, cancelled (trip), unknown with 30-minute
 * sessions gives planned 4, delivery rate 2/3, 30 minutes missed for a trip.
 */
export function tallySessions(sessions: readonly LoggedSession[], durationMinutes: number | null): DeliveryTally {
  const held = sessions.filter((s) => s.status === "held").length;
  const cancelled = sessions.filter((s) => s.status === "cancelled");
  const counts = new Map<MissedReason, number>();
  for (const session of cancelled) {
    const reason = session.cancelReason ?? "not_given";
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return {
    planned: sessions.length,
    held,
    cancelled: cancelled.length,
    unknown: sessions.length - held - cancelled.length,
    deliveryRate: held + cancelled.length === 0 ? null : held / (held + cancelled.length),
    minutesMissed: durationMinutes === null ? null : cancelled.length * durationMinutes,
    reasons: MISSED_REASONS.filter((reason) => counts.has(reason)).map((reason) => ({
      reason,
      sessions: counts.get(reason)!,
      minutes: durationMinutes === null ? null : counts.get(reason)! * durationMinutes,
    })),
  };
}

function sumTallies(tallies: readonly DeliveryTally[]): DeliveryTally {
  const sum = (pick: (t: DeliveryTally) => number) => tallies.reduce((total, t) => total + pick(t), 0);
  const held = sum((t) => t.held);
  const cancelled = sum((t) => t.cancelled);
  const hasAllLengths = tallies.every((t) => t.cancelled === 0 || t.minutesMissed !== null);
  const reasons = MISSED_REASONS.flatMap((reason) => {
    const found = tallies.flatMap((t) => t.reasons.filter((r) => r.reason === reason));
    if (found.length === 0) return [];
    const minutes = found.every((r) => r.minutes !== null) ? found.reduce((m, r) => m + r.minutes!, 0) : null;
    return [{ reason, sessions: found.reduce((n, r) => n + r.sessions, 0), minutes }];
  });
  return {
    planned: sum((t) => t.planned),
    held,
    cancelled,
    unknown: sum((t) => t.unknown),
    deliveryRate: held + cancelled === 0 ? null : held / (held + cancelled),
    minutesMissed: hasAllLengths ? sum((t) => t.minutesMissed ?? 0) : null,
    reasons,
  };
}
