// Reads a whole case from the database as the canonical case document (app/domain/case), the
// one shape the health check reads and exports write. See docs/decisions/004-case-document.md.
import { asc, eq } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { CASE_SCHEMA_VERSION, caseDocumentSchema, type CaseDocument } from "~/domain/case/case-document";
import { checkCase, type CaseCheck } from "~/domain/health/check-case";
import { rememberForCaseVersion } from "./case-cache.server";
import { getCase, listContacts, listDiagnoses, listNeeds } from "./cases.server";
import { db } from "./db.server";
import { adjustments, cycles, deliverySessions, diaryEntries, measurements, provisions, readable, reviews, targets } from "./schema";

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Every support-record row of the case, one query per table, all scoped to the case. */
async function readSupportRecord(access: CaseAccess) {
  const byCase = access.caseId;
  const [cycleRows, targetRows, provisionRows, sessionRows, reviewRows, measurementRows, diaryRows, adjustmentRows] = await Promise.all([
    db.select(readable(cycles)).from(cycles).where(eq(cycles.caseId, byCase)).orderBy(asc(cycles.startDate)),
    db.select(readable(targets)).from(targets).where(eq(targets.caseId, byCase)).orderBy(asc(targets.position), asc(targets.createdAt)),
    db.select(readable(provisions)).from(provisions).where(eq(provisions.caseId, byCase)).orderBy(asc(provisions.position), asc(provisions.createdAt)),
    db.select(readable(deliverySessions)).from(deliverySessions).where(eq(deliverySessions.caseId, byCase)).orderBy(asc(deliverySessions.date)),
    db.select(readable(reviews)).from(reviews).where(eq(reviews.caseId, byCase)),
    db.select(readable(measurements)).from(measurements).where(eq(measurements.caseId, byCase)).orderBy(asc(measurements.date)),
    db.select(readable(diaryEntries)).from(diaryEntries).where(eq(diaryEntries.caseId, byCase)).orderBy(asc(diaryEntries.date)),
    db.select(readable(adjustments)).from(adjustments).where(eq(adjustments.caseId, byCase)).orderBy(asc(adjustments.createdAt)),
  ]);
  return { cycleRows, targetRows, provisionRows, sessionRows, reviewRows, measurementRows, diaryRows, adjustmentRows };
}

/** The case as a case document. Parsing it through the schema proves the database agrees with it. */
export async function getCaseDocument(access: CaseAccess): Promise<CaseDocument> {
  const [found, contacts, needs, diagnoses, support] = await Promise.all([
    getCase(access),
    listContacts(access),
    listNeeds(access),
    listDiagnoses(access),
    readSupportRecord(access),
  ]);
  const targetsByCycle = groupBy(support.targetRows, (t) => t.cycleId);
  const provisionByCycle = groupBy(support.provisionRows, (p) => p.cycleId);
  const sessionsByProvision = groupBy(support.sessionRows, (s) => s.provisionId);
  const reviewByCycle = new Map(support.reviewRows.map((r) => [r.cycleId, r]));

  return caseDocumentSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    child: {
      name: found.childName,
      dateOfBirth: found.dateOfBirth,
      school: found.school,
      yearGroup: found.yearGroup,
      senco: found.sencoName ? { name: found.sencoName, email: found.sencoEmail, phone: found.sencoPhone } : null,
      contacts: contacts.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
      strengths: found.strengths,
      interests: found.interests,
      views: found.views,
    },
    needs: needs.map(({ id, area, signs, otherSigns, since, impact, notes }) => ({ id, area, signs, otherSigns, since, impact, notes })),
    diagnoses: diagnoses.map(({ id, name, date, madeBy }) => ({ id, name, date, madeBy })),
    cycles: support.cycleRows.map((cycle) => {
      const cycleProvision = provisionByCycle.get(cycle.id) ?? [];
      const review = reviewByCycle.get(cycle.id);
      const hasAssessment = cycle.assessmentSummary || cycle.assessedBy || cycle.assessmentDate || cycle.assessmentFindings;
      return {
        id: cycle.id,
        kind: cycle.kind,
        title: cycle.title,
        startDate: cycle.startDate,
        reviewDate: cycle.reviewDate,
        carriedForwardFrom: cycle.carriedForwardFrom,
        assessment: hasAssessment
          ? { summary: cycle.assessmentSummary, assessedBy: cycle.assessedBy, date: cycle.assessmentDate, findings: cycle.assessmentFindings }
          : null,
        targets: (targetsByCycle.get(cycle.id) ?? []).map((t) => ({ id: t.id, text: t.text, area: t.area, carriedForwardFrom: t.carriedForwardFrom })),
        provision: cycleProvision.map((p) => ({
          id: p.id,
          what: p.what,
          who: p.who,
          frequency: p.frequency,
          sessionsPerWeek: p.sessionsPerWeek,
          durationMinutes: p.durationMinutes,
          groupSize: p.groupSize,
          startDate: p.startDate,
          endDate: p.endDate,
          targetIds: p.targetId ? [p.targetId] : [],
          carriedForwardFrom: p.carriedForwardFrom,
        })),
        sessions: cycleProvision.flatMap((p) =>
          (sessionsByProvision.get(p.id) ?? []).map((s) => ({
            id: s.id,
            provisionId: s.provisionId,
            date: s.date,
            status: s.status,
            cancelReason: s.cancelReason,
            note: s.note,
          })),
        ),
        review: review
          ? {
              id: review.id,
              date: review.date,
              parentAttended: review.parentAttended,
              targetProgress: review.targetProgress,
              overallProgress: review.overallProgress,
              whatWorked: review.whatWorked,
              barriers: review.barriers,
              childViews: review.childViews,
              parentViews: review.parentViews,
              provisionEffectiveness: review.provisionEffectiveness,
              decision: review.decision,
            }
          : null,
      };
    }),
    measurements: support.measurementRows.map((m) => ({
      id: m.id,
      kind: m.kind,
      label: m.label,
      date: m.date,
      value: m.value,
      unit: m.unit,
      expectedValue: m.expectedValue,
      scaleMin: m.scaleMin,
      scaleMax: m.scaleMax,
      higherIsBetter: m.higherIsBetter,
      area: m.area,
      source: m.source,
      notes: m.notes,
    })),
    diary: support.diaryRows.map((d) => ({ id: d.id, date: d.date, text: d.text, areas: d.areas })),
    adjustments: support.adjustmentRows.map((a) => ({
      id: a.id,
      description: a.description,
      requestedOn: a.requestedOn,
      requestedBy: a.requestedBy,
      status: a.status,
      respondedOn: a.respondedOn,
      reason: a.reason,
      reviewNote: a.reviewNote,
      area: a.area,
    })),
  });
}

/**
 * The case document and its health check on `today`, reused until the case changes: the
 * dashboard, the health check page and the journey all start from this.
 */
export function getCheckedCase(access: CaseAccess, today: string): Promise<{ document: CaseDocument; check: CaseCheck }> {
  return rememberForCaseVersion(access, "checked-case", today, async () => {
    const document = await getCaseDocument(access);
    return { document, check: checkCase(document, today) };
  });
}
