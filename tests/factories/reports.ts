// Builders for professionals, referrals and reports with sensible defaults. Each takes the
// CaseAccess from the gate, as the app's own code does, and returns what it created.
import type { CaseAccess } from "~/auth/access.server";
import {
  addProfessional,
  addReferral,
  type ProfessionalInput,
  type ReferralInput,
} from "~/data/professionals.server";
import { addReport, type ReportDetailsInput } from "~/data/reports.server";
import { extractRecommendations } from "~/domain/recommendations/extract-recommendations";

export async function createProfessional(
  access: CaseAccess,
  overrides: Partial<ProfessionalInput> = {},
) {
  const professional: ProfessionalInput = {
    name: "Dr Amira Khan",
    role: "educational_psychologist",
    organisation: "County Educational Psychology Service",
    email: null,
    phone: null,
    involvedFrom: "2026-01-12",
    notes: null,
    ...overrides,
  };
  return { id: await addProfessional(access, professional), ...professional };
}

export async function createReferral(access: CaseAccess, overrides: Partial<ReferralInput> = {}) {
  const referral: ReferralInput = {
    service: "speech_and_language_therapist",
    professionalId: null,
    requestedBy: "The SENCO",
    requestedOn: "2026-02-02",
    status: "waiting",
    seenOn: null,
    notes: null,
    ...overrides,
  };
  const id = await addReferral(access, referral);
  if (!id) throw new Error("createReferral: the professional is not in this case");
  return { id, ...referral };
}

/** A report text with numbered recommendations, as a therapist might write it. */
export const REPORT_TEXT = `Speech and language therapy report

Recommendations
1. Sam should receive 30 minutes of speech and language therapy weekly from a qualified speech and language therapist.
2. Staff should use a visual timetable every day so that Sam knows what is coming next.
3. Sam would benefit from a quiet space to go to when he feels overwhelmed.

Signed
Ms Ana Silva`;

/** Adds a report with its recommendations suggested from `text`, as the reports page does. */
export async function createReport(
  access: CaseAccess,
  overrides: Partial<ReportDetailsInput & { documentId: string | null }> = {},
  text: string = REPORT_TEXT,
) {
  const report = {
    title: "Speech and language report",
    professionalId: null,
    author: "Ms Ana Silva",
    date: "2026-03-02",
    documentId: null,
    ...overrides,
  };
  const result = await addReport(access, report, extractRecommendations(text));
  if (!result.ok) throw new Error(`createReport: ${result.problem}`);
  return { id: result.id, ...report };
}
