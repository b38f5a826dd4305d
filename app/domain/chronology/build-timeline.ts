// The case's chronology: every dated thing in the case document as one list of entries — plans
// started and their review dates, reviews held, meetings, letters and emails, reports,
// referrals, results, statutory events, appeals to the tribunal, the school day, documents, diary entries, adjustments and
// diagnoses.
// Things with no date are left out: a timeline cannot place them.

import type { AreaOfNeed } from "../areas-of-need";
import { AREA_INFO } from "../areas-of-need";
import { formatDate } from "../presentation";
import type { CaseDocument, Cycle } from "../case/case-document";
import { ADJUSTMENT_STATUS_TIMELINE_TITLES } from "../codes/adjustments";
import { CHANNEL_TIMELINE_NAMES } from "../codes/correspondence";
import { DOCUMENT_SOURCE_TIMELINE_NAMES } from "../codes/documents";
import { MEETING_KIND_TIMELINE_TITLES } from "../codes/meetings";
import { PROFESSIONAL_ROLE_IN_SENTENCE, PROFESSIONAL_ROLE_NAMES, REFERRAL_STATUS_TIMELINE_NAMES } from "../codes/professionals";
import { OVERALL_PROGRESS_LABELS, REVIEW_DECISION_LABELS } from "../support/review-options";
import { appealEntries } from "./describe-appeal";
import { describeSchoolDayRecord } from "./describe-school-day-record";
import { describeStatutoryEvent } from "./describe-statutory-event";
import { DETAIL_LENGTH, joinDetail, shorten } from "./detail-text";
import { compareEntries } from "./sort-timeline";
import type { TimelineEntry } from "./timeline-entry";

export { DETAIL_LENGTH, shorten } from "./detail-text";

type Professional = CaseDocument["professionals"][number];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** How the timeline names a plan: its title, or its kind and start. */
function planName(cycle: Cycle): string {
  return cycle.title?.trim() || `${cycle.kind === "monitoring" ? "Monitoring" : "SEN support plan"} from ${formatDate(cycle.startDate)}`;
}

/** The areas a plan's targets and provision are about, in the Code of Practice's order. */
function planAreas(cycle: Cycle): AreaOfNeed[] {
  const areas = new Set<AreaOfNeed>();
  for (const item of [...cycle.targets, ...cycle.provision]) if (item.area) areas.add(item.area);
  return sortAreas(areas);
}

function sortAreas(areas: Iterable<AreaOfNeed>): AreaOfNeed[] {
  const order = Object.keys(AREA_INFO) as AreaOfNeed[];
  return [...new Set(areas)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function planEntries(cycle: Cycle): TimelineEntry[] {
  const name = planName(cycle);
  const areas = planAreas(cycle);
  const record = { kind: "cycle", id: cycle.id } as const;
  const isMonitoring = cycle.kind === "monitoring";
  const entries: TimelineEntry[] = [
    {
      key: `plan:${cycle.id}:start`,
      date: cycle.startDate,
      type: "plan",
      title: cycle.title?.trim() ? `${isMonitoring ? "Monitoring started" : "Support plan started"}: ${name}` : `${name.replace(/ from .*$/, "")} started`,
      detail: joinDetail(
        cycle.targets.length > 0 && plural(cycle.targets.length, "target", "targets"),
        cycle.provision.length > 0 && plural(cycle.provision.length, "line of support", "lines of support"),
        cycle.carriedForwardFrom !== null && "Carried forward from the plan before",
      ),
      areas,
      record,
    },
  ];
  if (cycle.assessment?.date) {
    entries.push({
      key: `plan:${cycle.id}:assessment`,
      date: cycle.assessment.date,
      type: "plan",
      title: `Assessment for ${name}`,
      detail: joinDetail(cycle.assessment.assessedBy && `By ${cycle.assessment.assessedBy}`, cycle.assessment.summary && shorten(cycle.assessment.summary)),
      areas,
      record,
    });
  }
  // The agreed review date, unless the review was held that very day (its own entry says so).
  if (cycle.reviewDate && cycle.review?.date !== cycle.reviewDate) {
    entries.push({
      key: `plan:${cycle.id}:review-due`,
      date: cycle.reviewDate,
      type: "plan",
      title: `Review due: ${name}`,
      detail: cycle.review ? `The review was held on ${formatDate(cycle.review.date)}` : "No review recorded yet",
      areas,
      record,
    });
  }
  if (cycle.review) {
    const { review } = cycle;
    entries.push({
      key: `review:${review.id}`,
      date: review.date,
      type: "review",
      title: `Review of ${name}`,
      detail: joinDetail(
        review.overallProgress && `Progress: ${OVERALL_PROGRESS_LABELS[review.overallProgress].toLowerCase()}`,
        review.decision && `Decision: ${REVIEW_DECISION_LABELS[review.decision].toLowerCase()}`,
        review.parentAttended === false && "You were not at the review",
      ),
      areas,
      record: { kind: "review", id: review.id, cycleId: cycle.id },
    });
  }
  return entries;
}

function meetingEntries(caseDocument: CaseDocument): TimelineEntry[] {
  return caseDocument.meetings.map((meeting) => ({
    key: `meeting:${meeting.id}`,
    date: meeting.date,
    type: "meeting",
    title: meeting.title?.trim() || MEETING_KIND_TIMELINE_TITLES[meeting.kind],
    detail: joinDetail(
      meeting.attendees.length > 0 && `With ${meeting.attendees.join(", ")}`,
      meeting.agreed && `Agreed: ${shorten(meeting.agreed, DETAIL_LENGTH / 2)}`,
      meeting.actions.length > 0 && plural(meeting.actions.length, "action", "actions"),
    ),
    areas: [],
    record: { kind: "meeting", id: meeting.id },
  }));
}

function correspondenceEntries(caseDocument: CaseDocument): TimelineEntry[] {
  return caseDocument.correspondence.map((item) => {
    const isSent = item.direction === "sent";
    const party = isSent ? item.to : item.from;
    const heading = party ? `${CHANNEL_TIMELINE_NAMES[item.channel]} ${isSent ? "to" : "from"} ${party}` : `${CHANNEL_TIMELINE_NAMES[item.channel]} ${isSent ? "sent" : "received"}`;
    return {
      key: `correspondence:${item.id}`,
      date: item.date,
      type: "correspondence",
      title: item.subject ? `${heading}: ${item.subject}` : heading,
      detail: joinDetail(
        item.summary && shorten(item.summary),
        item.repliedOn ? `Reply received on ${formatDate(item.repliedOn)}` : item.replyBy && `Reply asked for by ${formatDate(item.replyBy)}`,
      ),
      areas: [],
      record: { kind: "correspondence", id: item.id },
    };
  });
}

function reportEntries(caseDocument: CaseDocument, professionals: Map<string, Professional>): TimelineEntry[] {
  return caseDocument.reports.flatMap((report) => {
    if (!report.date) return [];
    const professional = report.professionalId ? professionals.get(report.professionalId) : undefined;
    const by = report.author ?? (professional ? `${professional.name} (${PROFESSIONAL_ROLE_NAMES[professional.role]})` : null);
    const confirmed = report.recommendations.filter((r) => r.status !== "discarded");
    return [
      {
        key: `report:${report.id}`,
        date: report.date,
        type: "report" as const,
        title: report.title.trim() || "Report",
        detail: joinDetail(by && `By ${by}`, confirmed.length > 0 && plural(confirmed.length, "recommendation", "recommendations")),
        areas: sortAreas(confirmed.flatMap((r) => (r.area ? [r.area] : []))),
        record: { kind: "report" as const, id: report.id },
      },
    ];
  });
}

function referralEntries(caseDocument: CaseDocument, professionals: Map<string, Professional>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const referral of caseDocument.referrals) {
    const professional = referral.professionalId ? professionals.get(referral.professionalId) : undefined;
    const record = { kind: "referral", id: referral.id } as const;
    if (referral.requestedOn) {
      entries.push({
        key: `referral:${referral.id}:requested`,
        date: referral.requestedOn,
        type: "referral",
        title: `Referral to ${PROFESSIONAL_ROLE_IN_SENTENCE[referral.service]}`,
        detail: joinDetail(
          referral.requestedBy && `Asked for by ${referral.requestedBy}`,
          `Now: ${REFERRAL_STATUS_TIMELINE_NAMES[referral.status].toLowerCase()}`,
          referral.notes && shorten(referral.notes, DETAIL_LENGTH / 2),
        ),
        areas: [],
        record,
      });
    }
    if (referral.seenOn) {
      entries.push({
        key: `referral:${referral.id}:seen`,
        date: referral.seenOn,
        type: "referral",
        title: `Seen by ${professional ? `${professional.name} (${PROFESSIONAL_ROLE_NAMES[professional.role]})` : PROFESSIONAL_ROLE_IN_SENTENCE[referral.service]}`,
        detail: referral.requestedOn ? `Referred on ${formatDate(referral.requestedOn)}` : null,
        areas: [],
        record,
      });
    }
  }
  for (const professional of caseDocument.professionals) {
    if (!professional.involvedFrom) continue;
    entries.push({
      key: `professional:${professional.id}`,
      date: professional.involvedFrom,
      type: "referral",
      title: `${professional.name} (${PROFESSIONAL_ROLE_NAMES[professional.role]}) involved`,
      detail: professional.organisation,
      areas: [],
      record: { kind: "professional", id: professional.id },
    });
  }
  return entries;
}

function adjustmentEntries(caseDocument: CaseDocument): TimelineEntry[] {
  return caseDocument.adjustments.flatMap((adjustment) => {
    const areas = adjustment.area ? [adjustment.area] : [];
    const record = { kind: "adjustment", id: adjustment.id } as const;
    const entries: TimelineEntry[] = [];
    if (adjustment.requestedOn) {
      entries.push({
        key: `adjustment:${adjustment.id}:requested`,
        date: adjustment.requestedOn,
        type: "adjustment",
        title: `Adjustment asked for: ${shorten(adjustment.description, DETAIL_LENGTH / 2)}`,
        detail: adjustment.requestedBy ? `Asked for by ${adjustment.requestedBy}` : null,
        areas,
        record,
      });
    }
    if (adjustment.respondedOn) {
      entries.push({
        key: `adjustment:${adjustment.id}:answered`,
        date: adjustment.respondedOn,
        type: "adjustment",
        title: `${ADJUSTMENT_STATUS_TIMELINE_TITLES[adjustment.status]}: ${shorten(adjustment.description, DETAIL_LENGTH / 2)}`,
        detail: adjustment.reason ? shorten(adjustment.reason) : null,
        areas,
        record,
      });
    }
    return entries;
  });
}

function measurementEntries(caseDocument: CaseDocument): TimelineEntry[] {
  return caseDocument.measurements.map((m) => ({
    key: `measurement:${m.id}`,
    date: m.date,
    type: "measurement",
    title: `${m.label}: ${m.value}${m.unit ? ` ${m.unit}` : ""}`,
    detail: joinDetail(m.expectedValue !== null && `Expected for age: ${m.expectedValue}${m.unit ? ` ${m.unit}` : ""}`, m.source, m.notes && shorten(m.notes, DETAIL_LENGTH / 2)),
    areas: m.area ? [m.area] : [],
    record: { kind: "measurement", id: m.id },
  }));
}

/**
 * Every dated thing in the case as timeline entries, oldest first (within a day, in the order of
 * TIMELINE_TYPES). Records without a date are left out.
 *
 * @example
 * buildTimeline(buildCaseDocument({ diagnoses: [{ id: "d1", name: "Autism", date: "2024-06-04", madeBy: "Paediatrician" }] }))
 * // [{ key: "diagnosis:d1", date: "2024-06-04", type: "diagnosis", title: "Diagnosis: Autism",
 * //    detail: "Given by Paediatrician", areas: [], record: { kind: "diagnosis", id: "d1" } }]
 */
export function buildTimeline(caseDocument: CaseDocument): TimelineEntry[] {
  const professionals = new Map(caseDocument.professionals.map((p) => [p.id, p]));
  const entries: TimelineEntry[] = [
    ...caseDocument.statutoryEvents.map((event): TimelineEntry => ({
      key: `statutory:${event.id}`,
      date: event.date,
      type: "statutory",
      title: describeStatutoryEvent(event.type),
      detail: event.notes ? shorten(event.notes) : null,
      areas: [],
      record: { kind: "statutory_event", id: event.id },
    })),
    ...caseDocument.appeals.flatMap(appealEntries),
    ...caseDocument.schoolDay.map((record): TimelineEntry => ({
      key: `school_day:${record.id}`,
      date: record.date,
      type: "school_day",
      ...describeSchoolDayRecord(record),
      areas: [],
      record: { kind: "school_day", id: record.id },
    })),
    ...caseDocument.cycles.flatMap(planEntries),
    ...meetingEntries(caseDocument),
    ...correspondenceEntries(caseDocument),
    ...reportEntries(caseDocument, professionals),
    ...referralEntries(caseDocument, professionals),
    ...caseDocument.needs.flatMap((need): TimelineEntry[] =>
      need.since
        ? [
            {
              key: `need:${need.id}`,
              date: need.since,
              type: "need",
              title: `First noticed: ${AREA_INFO[need.area].label.toLowerCase()}`,
              detail: need.otherSigns ? shorten(need.otherSigns) : null,
              areas: [need.area],
              record: { kind: "need", id: need.id, area: need.area },
            },
          ]
        : [],
    ),
    ...caseDocument.diagnoses.flatMap((diagnosis): TimelineEntry[] =>
      diagnosis.date
        ? [
            {
              key: `diagnosis:${diagnosis.id}`,
              date: diagnosis.date,
              type: "diagnosis",
              title: `Diagnosis: ${diagnosis.name.trim() || "no name given"}`,
              detail: diagnosis.madeBy ? `Given by ${diagnosis.madeBy}` : null,
              areas: [],
              record: { kind: "diagnosis", id: diagnosis.id },
            },
          ]
        : [],
    ),
    ...adjustmentEntries(caseDocument),
    ...measurementEntries(caseDocument),
    ...caseDocument.documents.flatMap((document): TimelineEntry[] =>
      document.date
        ? [
            {
              key: `document:${document.id}`,
              date: document.date,
              type: "document",
              title: document.title.trim() || "Untitled document",
              detail: joinDetail(DOCUMENT_SOURCE_TIMELINE_NAMES[document.source], document.author && `By ${document.author}`),
              areas: sortAreas(document.areas),
              record: { kind: "document", id: document.id },
            },
          ]
        : [],
    ),
    ...caseDocument.diary.map((entry): TimelineEntry => ({
      key: `diary:${entry.id}`,
      date: entry.date,
      type: "diary",
      title: "Diary entry",
      detail: shorten(entry.text),
      areas: sortAreas(entry.areas),
      record: { kind: "diary_entry", id: entry.id },
    })),
  ];
  return entries.sort(compareEntries);
}
