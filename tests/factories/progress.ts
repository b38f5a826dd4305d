// Builders for progress records: measurements, diary entries and reasonable adjustments, with
// sensible defaults. Each takes the CaseAccess from the gate, as the app's own code does.
import type { CaseAccess } from "~/auth/access.server";
import { addAdjustment, type AdjustmentInput } from "~/data/adjustments.server";
import {
  addDiaryEntry,
  addMeasurement,
  type DiaryEntryInput,
  type MeasurementInput,
} from "~/data/progress.server";

export async function createMeasurement(
  access: CaseAccess,
  overrides: Partial<MeasurementInput> = {},
) {
  const measurement: MeasurementInput = {
    kind: "standardised_score",
    label: "Single word reading",
    date: "2025-09-15",
    value: 84,
    unit: null,
    expectedValue: 100,
    scaleMin: null,
    scaleMax: null,
    higherIsBetter: true,
    source: "School assessment",
    notes: null,
    ...overrides,
  };
  return { id: await addMeasurement(access, measurement), ...measurement };
}

export async function createDiaryEntry(
  access: CaseAccess,
  overrides: Partial<DiaryEntryInput> = {},
) {
  const entry: DiaryEntryInput = {
    date: "2025-10-06",
    text: "Tired after school and did not want to talk.",
    areas: [],
    ...overrides,
  };
  return { id: await addDiaryEntry(access, entry), ...entry };
}

export async function createAdjustment(
  access: CaseAccess,
  overrides: Partial<AdjustmentInput> = {},
) {
  const adjustment: AdjustmentInput = {
    description: "Ear defenders in assembly",
    requestedOn: "2025-09-10",
    requestedBy: "Parent",
    status: "requested",
    respondedOn: null,
    reason: null,
    reviewNote: null,
    ...overrides,
  };
  return { id: await addAdjustment(access, adjustment), ...adjustment };
}
