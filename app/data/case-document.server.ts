// Reads a whole case from the database as the canonical case document (app/domain/case), the
// one shape the health check reads and exports write. See docs/decisions/004-case-document.md.
import { asc, eq } from "drizzle-orm";
import type { CaseAccess } from "~/auth/access.server";
import { CASE_SCHEMA_VERSION, caseDocumentSchema, type CaseDocument } from "~/domain/case/case-document";
import { checkCase, type CaseCheck } from "~/domain/health/check-case";
import { rememberForCaseVersion } from "./case-cache.server";
import { getCase, listContacts, listDiagnoses, listNeeds } from "./cases.server";
import { db } from "./db.server";
import { listAllPlanLines, listFamilyPriorities, listPlans } from "./plans.server";
import {
  adjustments,
  correspondence,
  cycles,
  deliverySessions,
  diaryEntries,
  documents,
  measurements,
  meetingActions,
  meetings,
  professionals,
  provisions,
  readable,
  recommendationProvisions,
  recommendations,
  referrals,
  reports,
  reviews,
  statutoryEvents,
  targets,
} from "./schema";

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

/** Every evidence and communication row of the case: professionals, reports, meetings, letters, files. */
async function readEvidence(access: CaseAccess) {
  const byCase = access.caseId;
  const [professionalRows, referralRows, reportRows, recommendationRows, linkRows, meetingRows, actionRows, correspondenceRows, documentRows, eventRows] =
    await Promise.all([
      db.select(readable(professionals)).from(professionals).where(eq(professionals.caseId, byCase)).orderBy(asc(professionals.createdAt)),
      db.select(readable(referrals)).from(referrals).where(eq(referrals.caseId, byCase)).orderBy(asc(referrals.createdAt)),
      db.select(readable(reports)).from(reports).where(eq(reports.caseId, byCase)).orderBy(asc(reports.date), asc(reports.createdAt)),
      db
        .select(readable(recommendations))
        .from(recommendations)
        .where(eq(recommendations.caseId, byCase))
        .orderBy(asc(recommendations.position), asc(recommendations.createdAt)),
      db.select().from(recommendationProvisions).where(eq(recommendationProvisions.caseId, byCase)),
      db.select(readable(meetings)).from(meetings).where(eq(meetings.caseId, byCase)).orderBy(asc(meetings.date)),
      db
        .select(readable(meetingActions))
        .from(meetingActions)
        .where(eq(meetingActions.caseId, byCase))
        .orderBy(asc(meetingActions.position), asc(meetingActions.createdAt)),
      db.select(readable(correspondence)).from(correspondence).where(eq(correspondence.caseId, byCase)).orderBy(asc(correspondence.date)),
      db
        .select({
          id: documents.id,
          title: documents.title,
          date: documents.date,
          source: documents.source,
          author: documents.author,
          areas: documents.areas,
          tags: documents.tags,
          fileName: documents.fileName,
          mediaType: documents.mediaType,
        })
        .from(documents)
        .where(eq(documents.caseId, byCase))
        .orderBy(asc(documents.date), asc(documents.createdAt)),
      db.select(readable(statutoryEvents)).from(statutoryEvents).where(eq(statutoryEvents.caseId, byCase)).orderBy(asc(statutoryEvents.date), asc(statutoryEvents.createdAt)),
    ]);
  return { professionalRows, referralRows, reportRows, recommendationRows, linkRows, meetingRows, actionRows, correspondenceRows, documentRows, eventRows };
}

/** The case as a case document. Parsing it through the schema proves the database agrees with it. */
export async function getCaseDocument(access: CaseAccess): Promise<CaseDocument> {
  const [found, contacts, needs, diagnoses, support, evidence, plans, planLines, priorities] = await Promise.all([
    getCase(access),
    listContacts(access),
    listNeeds(access),
    listDiagnoses(access),
    readSupportRecord(access),
    readEvidence(access),
    listPlans(access),
    listAllPlanLines(access),
    listFamilyPriorities(access),
  ]);
  const linesByPlan = groupBy(planLines, (line) => line.planId);
  const targetsByCycle = groupBy(support.targetRows, (t) => t.cycleId);
  const provisionByCycle = groupBy(support.provisionRows, (p) => p.cycleId);
  const sessionsByProvision = groupBy(support.sessionRows, (s) => s.provisionId);
  const reviewByCycle = new Map(support.reviewRows.map((r) => [r.cycleId, r]));
  const recommendationsByReport = groupBy(evidence.recommendationRows, (r) => r.reportId);
  const provisionIdsByRecommendation = groupBy(evidence.linkRows, (l) => l.recommendationId);
  const actionsByMeeting = groupBy(evidence.actionRows, (a) => a.meetingId);

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
        documentIds: cycle.schoolPlanDocumentId ? [cycle.schoolPlanDocumentId] : [],
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
          sessionWeekdays: p.sessionWeekdays,
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
    professionals: evidence.professionalRows.map(({ id, name, role, organisation, email, phone, involvedFrom }) => ({
      id,
      name,
      role,
      organisation,
      email,
      phone,
      involvedFrom,
    })),
    referrals: evidence.referralRows.map(({ id, service, professionalId, requestedBy, requestedOn, status, seenOn, notes }) => ({
      id,
      service,
      professionalId,
      requestedBy,
      requestedOn,
      status,
      seenOn,
      notes,
    })),
    reports: evidence.reportRows.map((report) => ({
      id: report.id,
      title: report.title,
      professionalId: report.professionalId,
      author: report.author,
      date: report.date,
      documentId: report.documentId,
      recommendations: (recommendationsByReport.get(report.id) ?? []).map((r) => ({
        id: r.id,
        text: r.text,
        area: r.area,
        provision: { what: r.what, who: r.who, frequency: r.frequency, duration: r.duration },
        status: r.status,
        provisionIds: (provisionIdsByRecommendation.get(r.id) ?? []).map((l) => l.provisionId),
        inEhcPlan: r.inEhcPlan,
        isBeingDelivered: r.isBeingDelivered,
      })),
    })),
    meetings: evidence.meetingRows.map((meeting) => ({
      id: meeting.id,
      date: meeting.date,
      kind: meeting.kind,
      title: meeting.title,
      attendees: meeting.attendees,
      parentAttended: meeting.parentAttended,
      notes: meeting.notes,
      agreed: meeting.agreed,
      actions: (actionsByMeeting.get(meeting.id) ?? []).map(({ id, description, owner, dueDate, status, doneOn }) => ({
        id,
        description,
        owner,
        dueDate,
        status,
        doneOn,
      })),
    })),
    correspondence: evidence.correspondenceRows.map((c) => ({
      id: c.id,
      direction: c.direction,
      date: c.date,
      channel: c.channel,
      from: c.from,
      to: c.to,
      subject: c.subject,
      summary: c.body,
      kind: c.kind,
      replyBy: c.replyBy,
      repliedOn: c.repliedOn,
      inReplyTo: c.inReplyTo,
      documentIds: c.documentId ? [c.documentId] : [],
    })),
    statutoryEvents: evidence.eventRows.map(({ id, type, date, transfer, key, notes, documentId }) => ({
      id,
      type,
      date,
      transfer,
      key,
      notes,
      documentIds: documentId ? [documentId] : [],
    })),
    // A plan's sections B, E and F are its needs, outcomes and provision.
    ehcPlans: plans.map((plan) => {
      const lines = linesByPlan.get(plan.id) ?? [];
      const of = (section: string) => lines.filter((line) => line.section === section);
      return {
        id: plan.id,
        stage: plan.stage,
        issuedOn: plan.issuedOn,
        needs: of("B").map(({ id, text, area }) => ({ id, text, area })),
        outcomes: of("E").map(({ id, text, area }) => ({ id, text, area })),
        provision: of("F").map(({ id, text, area }) => ({ id, text, area })),
        documentId: plan.documentId,
      };
    }),
    familyPriorities: priorities.map(({ id, text, area }) => ({ id, text, area })),
    documents: evidence.documentRows,
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
