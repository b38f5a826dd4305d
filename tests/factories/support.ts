// Builders for the support record: a cycle with sensible defaults, a target, a provision line.
import type { CaseAccess } from "~/auth/access.server";
import {
  addProvision,
  addTarget,
  getCycle,
  listProvisions,
  listTargets,
  startCycle,
  type CycleInput,
  type ProvisionInput,
  type TargetInput,
} from "~/data/cycles.server";

/** Starts a cycle (carrying forward the latest plan, as the app does); returns the cycle. */
export async function createCycle(access: CaseAccess, overrides: Partial<CycleInput> = {}) {
  const id = await startCycle(access, {
    kind: "sen_support",
    title: "Autumn plan",
    startDate: "2026-09-07",
    reviewDate: "2026-12-04",
    assessmentSummary: null,
    assessedBy: null,
    assessmentDate: null,
    assessmentFindings: null,
    schoolPlanNote: null,
    ...overrides,
  });
  return getCycle(access, id);
}

/** Adds a target to the cycle; returns the target as stored. */
export async function createTarget(
  access: CaseAccess,
  cycle: { id: string },
  overrides: Partial<TargetInput> = {},
) {
  await addTarget(access, cycle, {
    text: "Read 20 common exception words by December",
    area: "cognition_learning",
    ...overrides,
  });
  return (await listTargets(access, cycle)).at(-1)!;
}

/** Adds a provision line to the cycle; returns the line as stored. */
export async function createProvision(
  access: CaseAccess,
  cycle: { id: string },
  overrides: Partial<ProvisionInput> = {},
) {
  const isAdded = await addProvision(access, cycle, {
    what: "Read Write Inc. phonics",
    who: "Teaching assistant trained in Read Write Inc.",
    sessionsPerWeek: 3,
    sessionWeekdays: [],
    durationMinutes: 20,
    groupSize: "Group of 3",
    startDate: "2026-09-07",
    endDate: "2026-12-04",
    targetId: null,
    ...overrides,
  });
  if (!isAdded) throw new Error("createProvision: the target is not in this cycle");
  return (await listProvisions(access, cycle)).at(-1)!;
}
