// Reads a whole case from the database as the canonical case document (app/domain/case), the
// one shape the health check reads and exports write. See docs/decisions/004-case-document.md.
import { desc, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { CaseAccess } from "~/auth/access.server";
import { CASE_SCHEMA_VERSION, caseDocumentSchema, type CaseDocument } from "~/domain/case/case-document";
import { checkCase, type CaseCheck } from "~/domain/health/check-case";
import { rememberForCaseVersion } from "./case-cache.server";
import { getCase } from "./cases.server";
import { columnsOf, jsonRowsPart, prepareJsonRows } from "./json-rows.server";
import {
  adjustments,
  appealBundleItems,
  appealDates,
  appealDocuments,
  appealOrders,
  appealProposals,
  appeals,
  appealStatementParagraphs,
  caseContacts,
  cases,
  correspondence,
  cycles,
  deliverySessions,
  diagnoses,
  diaryEntries,
  documents,
  ehcPlanLines,
  ehcPlans,
  familyPriorities,
  measurements,
  meetingActions,
  meetings,
  needs,
  professionals,
  provisions,
  recommendationProvisions,
  recommendations,
  referrals,
  reports,
  reviews,
  schoolDayEvents,
  schoolTerms,
  statutoryEvents,
  targets,
} from "./schema";
import {
  APPEAL_COLUMNS,
  APPEAL_DATE_COLUMNS,
  APPEAL_ORDER,
  BUNDLE_ITEM_COLUMNS,
  DOCUMENT_VERSION_COLUMNS,
  ORDER_COLUMNS,
  PARAGRAPH_COLUMNS,
  PROPOSAL_COLUMNS,
  toAppeals,
} from "./appeals.server";
import { SCHOOL_DAY_COLUMNS, SCHOOL_TERM_COLUMNS, toSchoolDayRecord, toSchoolTerm } from "./school-day.server";

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

/** The named columns of one of the case's tables, in the order its own list function gives. */
const part = <T extends PgTable & { caseId: PgColumn }, K extends keyof T["_"]["columns"] & string>(table: T, keys: readonly K[], orderBy: (PgColumn | SQL)[]) =>
  jsonRowsPart({ columns: columnsOf(table, keys), from: table, where: eq(table.caseId, cases.id), orderBy });

/**
 * Every row of the case the document holds, only the columns it holds, in one query: one JSON value
 * per table, built by the database (decision 120).
 */
const readCaseRows = prepareJsonRows({
  name: "case_document_rows",
  parentId: cases.id,
  parts: {
    contacts: part(caseContacts, ["name", "role", "email", "phone"], [caseContacts.createdAt]),
    needs: part(needs, ["id", "area", "signs", "otherSigns", "since", "impact", "notes"], []),
    diagnoses: part(diagnoses, ["id", "name", "date", "madeBy"], [diagnoses.createdAt]),
    cycles: part(
      cycles,
      ["id", "kind", "title", "startDate", "reviewDate", "carriedForwardFrom", "schoolPlanDocumentId", "assessmentSummary", "assessedBy", "assessmentDate", "assessmentFindings"],
      [cycles.startDate],
    ),
    targets: part(targets, ["id", "cycleId", "text", "area", "carriedForwardFrom"], [targets.position, targets.createdAt]),
    provisions: part(
      provisions,
      ["id", "cycleId", "what", "who", "frequency", "sessionsPerWeek", "sessionWeekdays", "durationMinutes", "groupSize", "startDate", "endDate", "targetId", "carriedForwardFrom"],
      [provisions.position, provisions.createdAt],
    ),
    sessions: part(deliverySessions, ["id", "provisionId", "date", "status", "cancelReason", "note"], [deliverySessions.date]),
    reviews: part(
      reviews,
      ["id", "cycleId", "date", "parentAttended", "targetProgress", "overallProgress", "whatWorked", "barriers", "childViews", "parentViews", "provisionEffectiveness", "decision"],
      [],
    ),
    measurements: part(
      measurements,
      ["id", "kind", "label", "date", "value", "unit", "expectedValue", "scaleMin", "scaleMax", "higherIsBetter", "area", "source", "notes"],
      [measurements.date],
    ),
    diary: part(diaryEntries, ["id", "date", "text", "areas"], [diaryEntries.date]),
    adjustments: part(adjustments, ["id", "description", "requestedOn", "requestedBy", "status", "respondedOn", "reason", "reviewNote", "area"], [adjustments.createdAt]),
    professionals: part(professionals, ["id", "name", "role", "organisation", "email", "phone", "involvedFrom"], [professionals.createdAt]),
    referrals: part(referrals, ["id", "service", "professionalId", "requestedBy", "requestedOn", "status", "seenOn", "notes"], [referrals.createdAt]),
    reports: part(reports, ["id", "title", "professionalId", "author", "date", "documentId"], [reports.date, reports.createdAt]),
    recommendations: part(
      recommendations,
      ["id", "reportId", "text", "area", "what", "who", "frequency", "duration", "status", "inEhcPlan", "isBeingDelivered"],
      [recommendations.position, recommendations.createdAt],
    ),
    recommendationLinks: part(recommendationProvisions, ["recommendationId", "provisionId"], []),
    meetings: part(meetings, ["id", "date", "kind", "title", "attendees", "parentAttended", "notes", "agreed"], [meetings.date]),
    actions: part(meetingActions, ["id", "meetingId", "description", "owner", "dueDate", "status", "doneOn"], [meetingActions.position, meetingActions.createdAt]),
    correspondence: part(
      correspondence,
      ["id", "direction", "date", "channel", "from", "to", "subject", "body", "kind", "replyBy", "repliedOn", "inReplyTo", "documentId"],
      [correspondence.date],
    ),
    documents: part(documents, ["id", "title", "date", "source", "author", "areas", "tags", "fileName", "mediaType"], [documents.date, documents.createdAt]),
    events: part(statutoryEvents, ["id", "type", "date", "transfer", "key", "notes", "documentId"], [statutoryEvents.date, statutoryEvents.createdAt]),
    plans: part(ehcPlans, ["id", "stage", "issuedOn", "documentId"], [desc(ehcPlans.issuedOn), desc(ehcPlans.createdAt)]),
    planLines: part(ehcPlanLines, ["id", "planId", "section", "text", "area"], [ehcPlanLines.position]),
    priorities: part(familyPriorities, ["id", "text", "area"], [familyPriorities.createdAt]),
    schoolDay: part(schoolDayEvents, SCHOOL_DAY_COLUMNS, [desc(schoolDayEvents.date), desc(schoolDayEvents.createdAt), desc(schoolDayEvents.id)]),
    schoolTerms: part(schoolTerms, SCHOOL_TERM_COLUMNS, [schoolTerms.startDate, schoolTerms.createdAt]),
    appeals: part(appeals, APPEAL_COLUMNS, APPEAL_ORDER.appeals),
    appealDates: part(appealDates, APPEAL_DATE_COLUMNS, APPEAL_ORDER.dates),
    appealBundleItems: part(appealBundleItems, BUNDLE_ITEM_COLUMNS, APPEAL_ORDER.bundleItems),
    appealProposals: part(appealProposals, PROPOSAL_COLUMNS, APPEAL_ORDER.proposals),
    appealParagraphs: part(appealStatementParagraphs, PARAGRAPH_COLUMNS, APPEAL_ORDER.paragraphs),
    appealVersions: part(appealDocuments, DOCUMENT_VERSION_COLUMNS, APPEAL_ORDER.versions),
    appealOrders: part(appealOrders, ORDER_COLUMNS, APPEAL_ORDER.orders),
  },
});

/** The case as a case document. Parsing it through the schema proves the database agrees with it. */
export async function getCaseDocument(access: CaseAccess): Promise<CaseDocument> {
  const [found, rows] = await Promise.all([getCase(access), readCaseRows(access.caseId)]);
  const support = {
    cycleRows: rows.cycles,
    targetRows: rows.targets,
    provisionRows: rows.provisions,
    sessionRows: rows.sessions,
    reviewRows: rows.reviews,
    measurementRows: rows.measurements,
    diaryRows: rows.diary,
    adjustmentRows: rows.adjustments,
  };
  const evidence = {
    professionalRows: rows.professionals,
    referralRows: rows.referrals,
    reportRows: rows.reports,
    recommendationRows: rows.recommendations,
    linkRows: rows.recommendationLinks,
    meetingRows: rows.meetings,
    actionRows: rows.actions,
    correspondenceRows: rows.correspondence,
    documentRows: rows.documents,
    eventRows: rows.events,
  };
  const linesByPlan = groupBy(rows.planLines, (line) => line.planId);
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
      contacts: rows.contacts.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
      strengths: found.strengths,
      interests: found.interests,
      views: found.views,
    },
    needs: rows.needs.map(({ id, area, signs, otherSigns, since, impact, notes }) => ({ id, area, signs, otherSigns, since, impact, notes })),
    diagnoses: rows.diagnoses.map(({ id, name, date, madeBy }) => ({ id, name, date, madeBy })),
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
    ehcPlans: rows.plans.map((plan) => {
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
    familyPriorities: rows.priorities.map(({ id, text, area }) => ({ id, text, area })),
    documents: evidence.documentRows,
    schoolDay: rows.schoolDay.map(toSchoolDayRecord),
    schoolTerms: rows.schoolTerms.map(toSchoolTerm),
    appeals: toAppeals({
      appeals: rows.appeals,
      dates: rows.appealDates,
      bundleItems: rows.appealBundleItems,
      proposals: rows.appealProposals,
      paragraphs: rows.appealParagraphs,
      versions: rows.appealVersions,
      orders: rows.appealOrders,
    }),
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
