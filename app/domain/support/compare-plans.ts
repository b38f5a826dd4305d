// Comparing a plan with the one before it, so a plan repeated unchanged is visible as such.

export type PlanTarget = {
  id: string;
  text: string;
  area: string | null;
  carriedForwardFrom: string | null;
};

export type PlanProvision = {
  id: string;
  what: string;
  who: string | null;
  frequency: string | null;
  sessionsPerWeek: number | null;
  durationMinutes: number | null;
  groupSize: string | null;
  carriedForwardFrom: string | null;
};

/** "same": word for word as in the last plan; "changed": carried forward, then edited; "new": not in the last plan. */
export type LineStatus = "same" | "changed" | "new";

export type PlanComparison = {
  targets: Record<string, LineStatus>;
  provision: Record<string, LineStatus>;
  /** Every line is the same as last time and nothing was added or dropped. */
  isRepeatedUnchanged: boolean;
};

const normalise = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim().toLowerCase();

function isSameTarget(a: PlanTarget, b: PlanTarget): boolean {
  return normalise(a.text) === normalise(b.text) && a.area === b.area;
}

function isSameProvision(a: PlanProvision, b: PlanProvision): boolean {
  return (
    normalise(a.what) === normalise(b.what) &&
    normalise(a.who) === normalise(b.who) &&
    normalise(a.frequency) === normalise(b.frequency) &&
    a.sessionsPerWeek === b.sessionsPerWeek &&
    a.durationMinutes === b.durationMinutes &&
    normalise(a.groupSize) === normalise(b.groupSize)
  );
}

function statusOf<T extends { carriedForwardFrom: string | null }>(
  line: T,
  previous: ReadonlyMap<string, T>,
  isSame: (a: T, b: T) => boolean,
): LineStatus {
  const source = line.carriedForwardFrom ? previous.get(line.carriedForwardFrom) : undefined;
  if (!source) return "new";
  return isSame(line, source) ? "same" : "changed";
}

/**
 * Marks each line of the current plan against the previous plan it was carried forward from.
 * Case and spacing do not count as a change; dates do not either, since each cycle has its own.
 *
 * Example: a plan whose one target and one provision line were carried forward and not edited
 * gives { targets: { t2: "same" }, provision: { p2: "same" }, isRepeatedUnchanged: true }.
 */
export function comparePlans(
  previous: { targets: readonly PlanTarget[]; provision: readonly PlanProvision[] } | null,
  current: { targets: readonly PlanTarget[]; provision: readonly PlanProvision[] },
): PlanComparison {
  const previousTargets = new Map((previous?.targets ?? []).map((t) => [t.id, t]));
  const previousProvision = new Map((previous?.provision ?? []).map((p) => [p.id, p]));
  const targets = Object.fromEntries(
    current.targets.map((t) => [t.id, statusOf(t, previousTargets, isSameTarget)]),
  );
  const provision = Object.fromEntries(
    current.provision.map((p) => [p.id, statusOf(p, previousProvision, isSameProvision)]),
  );
  const statuses = [...Object.values(targets), ...Object.values(provision)];
  const isRepeatedUnchanged =
    previous !== null &&
    statuses.length > 0 &&
    statuses.every((s) => s === "same") &&
    current.targets.length === previous.targets.length &&
    current.provision.length === previous.provision.length;
  return { targets, provision, isRepeatedUnchanged };
}
