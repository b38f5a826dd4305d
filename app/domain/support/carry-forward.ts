// Starting a new cycle from the last one: its targets and provision are copied into the new plan.

export type CarriedTarget = { id: string; text: string; area: string | null; position: number };

export type CarriedProvision = {
  id: string;
  targetId: string | null;
  what: string;
  who: string | null;
  frequency: string | null;
  sessionsPerWeek: number | null;
  durationMinutes: number | null;
  groupSize: string | null;
  provisionMapNote: string | null;
  position: number;
};

export type CarryForwardPlan<T extends CarriedTarget, P extends CarriedProvision> = {
  targets: Array<Omit<T, "id"> & { key: string; carriedForwardFrom: string }>;
  provision: Array<
    Omit<P, "id" | "targetId"> & {
      targetKey: string | null;
      carriedForwardFrom: string;
      startDate: string;
      endDate: string | null;
    }
  >;
};

/**
 * Copies the previous plan for a new cycle. Each copy remembers the line it came from; provision
 * keeps pointing at the copy of its target (by `targetKey`, the old target's id), and runs over
 * the new cycle's dates, since the old dates belong to the old cycle.
 *
 * Example: carryForward({ targets: [t1], provision: [p1 serving t1] }, { startDate: "2026-01-05",
 * reviewDate: "2026-03-27" }) gives one target with carriedForwardFrom t1.id and one provision line
 * with targetKey t1.id, startDate "2026-01-05" and endDate "2026-03-27".
 */
export function carryForward<T extends CarriedTarget, P extends CarriedProvision>(
  previous: { targets: readonly T[]; provision: readonly P[] },
  cycle: { startDate: string; reviewDate: string | null },
): CarryForwardPlan<T, P> {
  const targetIds = new Set(previous.targets.map((t) => t.id));
  return {
    targets: previous.targets.map(({ id, ...target }) => ({
      ...target,
      key: id,
      carriedForwardFrom: id,
    })),
    provision: previous.provision.map(({ id, targetId, ...line }) => ({
      ...line,
      targetKey: targetId && targetIds.has(targetId) ? targetId : null,
      carriedForwardFrom: id,
      startDate: cycle.startDate,
      endDate: cycle.reviewDate,
    })),
  };
}
