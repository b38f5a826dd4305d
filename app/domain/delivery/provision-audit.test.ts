import { describe, expect, it } from "vitest";
import { buildProvisionAudit, tallySessions, type AuditProvisionInput } from "./provision-audit";
import type { LoggedSession } from "./session-status";

const held = (date: string): LoggedSession => ({ date, status: "held", cancelReason: null });
const unknown = (date: string): LoggedSession => ({ date, status: "unknown", cancelReason: null });
const cancelled = (date: string, reason: LoggedSession["cancelReason"] = null): LoggedSession => ({ date, status: "cancelled", cancelReason: reason });

function line(overrides: Partial<AuditProvisionInput> = {}): AuditProvisionInput {
  return { id: "p1", what: "Phonics group", who: "TA", cycleTitle: "Autumn plan", durationMinutes: 20, provisionMapNote: null, provisionMapSessions: null, sessions: [], ...overrides };
}

describe("tallySessions", () => {
  it("leaves unknown sessions out of the delivery rate but counts them as planned", () => {
    const tally = tallySessions([held("2025-10-06"), held("2025-10-08"), cancelled("2025-10-10", "trip"), unknown("2025-10-13")], 30);
    expect(tally).toMatchObject({ planned: 4, held: 2, cancelled: 1, unknown: 1, minutesMissed: 30 });
    expect(tally.deliveryRate).toBeCloseTo(2 / 3);
    expect(tally.reasons).toEqual([{ reason: "trip", sessions: 1, minutes: 30 }]);
  });

  it("has no rate when nothing is known, and no minutes when the length is not recorded", () => {
    const tally = tallySessions([unknown("2025-10-06"), cancelled("2025-10-08")], null);
    expect(tallySessions([unknown("2025-10-06")], 20).deliveryRate).toBeNull();
    expect(tally.minutesMissed).toBeNull();
    expect(tally.reasons).toEqual([{ reason: "not_given", sessions: 1, minutes: null }]);
  });
});

describe("buildProvisionAudit", () => {
  it("splits each line by school term, in time order, with a total", () => {
    const audit = buildProvisionAudit(
      [line({ sessions: [held("2026-01-12"), held("2025-10-06"), cancelled("2025-10-08", "staff_absence"), held("2025-10-10"), held("2025-10-13")] })],
      [],
    );
    const [only] = audit.lines;
    expect(only!.terms.map((t) => [t.term.label, t.planned, t.held, t.cancelled])).toEqual([
      ["Autumn term 2025", 4, 3, 1],
      ["Spring term 2026", 1, 1, 0],
    ]);
    expect(only!.terms[0]!.deliveryRate).toBe(0.75);
    expect(only!.terms[0]!.minutesMissed).toBe(20);
    expect(only!.total).toMatchObject({ planned: 5, held: 4, cancelled: 1, deliveryRate: 0.8 });
    expect(audit.total).toMatchObject({ planned: 5, held: 4 });
  });

  it("compares the school's provision map with the sessions held", () => {
    const sessions = [held("2025-10-06"), held("2025-10-08"), cancelled("2025-10-10")];
    expect(buildProvisionAudit([line({ sessions, provisionMapSessions: 3 })], []).lines[0]!.provisionMap).toMatchObject({ difference: 1, hasDifference: true });
    expect(buildProvisionAudit([line({ sessions, provisionMapSessions: 2 })], []).lines[0]!.provisionMap).toMatchObject({ difference: 0, hasDifference: false });
    expect(buildProvisionAudit([line({ sessions, provisionMapNote: "Daily" })], []).lines[0]!.provisionMap).toMatchObject({ note: "Daily", difference: null, hasDifference: false });
  });

  it("totals reasons and minutes across lines", () => {
    const audit = buildProvisionAudit(
      [
        line({ id: "a", sessions: [cancelled("2025-10-06", "trip")], durationMinutes: 20 }),
        line({ id: "b", sessions: [cancelled("2025-10-06", "trip"), cancelled("2025-10-07", "child_absent")], durationMinutes: 45 }),
      ],
      [],
    );
    expect(audit.total.minutesMissed).toBe(110);
    expect(audit.total.reasons).toEqual([
      { reason: "trip", sessions: 2, minutes: 65 },
      { reason: "child_absent", sessions: 1, minutes: 45 },
    ]);
  });

  it("shows each review's views of the lines in the audit, oldest review first", () => {
    const audit = buildProvisionAudit(
      [line()],
      [
        { cycleTitle: "Spring plan", date: "2026-03-20", provisionEffectiveness: [{ provisionId: "p1", parentView: "Helping", schoolView: "no_effect" }] },
        { cycleTitle: "Autumn plan", date: "2025-12-10", provisionEffectiveness: [{ provisionId: "gone", parentView: "x", schoolView: "y" }, { provisionId: "p1", parentView: null, schoolView: null }] },
      ],
    );
    expect(audit.reviews.map((r) => [r.date, r.views.length])).toEqual([
      ["2025-12-10", 0],
      ["2026-03-20", 1],
    ]);
    expect(audit.reviews[1]!.views[0]).toEqual({ provisionId: "p1", what: "Phonics group", parentView: "Helping", schoolView: "Did not help" });
  });
});
