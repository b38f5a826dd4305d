// The "summary of the support and its impact" page of an evidence pack, as short paragraphs:
// the needs, the plans of SEN support, how much of the planned support took place, what the
// reviews found, the latest measurements and what was recorded of the school day. Facts from the
// records, no opinions.

import { AREA_INFO, IMPACT_LABELS } from "../areas-of-need";
import { compareDates, type CalendarDate } from "../calendar/calendar-date";
import { formatDate, formatRate, plural } from "../presentation";
import type { CaseDocument } from "../case/case-document";
import { tallySessions } from "../delivery/provision-audit";
import { listCyclesInOrder } from "../health/case-helpers";
import { SCHOOL_DAY_KIND_NAMES, SCHOOL_DAY_KINDS } from "../codes/school-day";
import { OVERALL_PROGRESS_LABELS } from "../support/review-options";

export type SummarySection = { heading: string; lines: string[] };

export function summariseSupport(document: CaseDocument, today: CalendarDate): SummarySection[] {
  const cycles = listCyclesInOrder(document).filter((cycle) => compareDates(cycle.startDate, today) <= 0);
  const sessions = cycles.flatMap((cycle) => cycle.sessions.filter((session) => compareDates(session.date, today) <= 0));
  const tally = tallySessions(sessions, null);
  const latest = new Map<string, CaseDocument["measurements"][number]>();
  for (const measurement of [...document.measurements].sort((a, b) => compareDates(a.date, b.date)))
    if (compareDates(measurement.date, today) <= 0) latest.set(measurement.label, measurement);
  const schoolDay = document.schoolDay.filter((record) => compareDates(record.date, today) <= 0);

  const sections: SummarySection[] = [
    {
      heading: "Needs",
      lines: document.needs.map((need) =>
        need.impact ? `${AREA_INFO[need.area].label}: effect on daily life ${IMPACT_LABELS[need.impact].toLowerCase()}.` : `${AREA_INFO[need.area].label}.`,
      ),
    },
    {
      heading: "Plans of SEN support",
      lines: cycles.map((cycle) => {
        const support = cycle.provision.map((line) => line.what).join("; ");
        return `${cycle.title ?? "Plan"} from ${formatDate(cycle.startDate)}${support ? `: ${support}` : ""}.`;
      }),
    },
    {
      heading: "Support delivered",
      lines:
        tally.deliveryRate === null
          ? []
          : [`Of ${tally.held + tally.cancelled} sessions recorded as held or cancelled, ${tally.held} took place (${formatRate(tally.deliveryRate)}).`],
    },
    {
      heading: "What the reviews found",
      lines: cycles.flatMap((cycle) =>
        cycle.review?.overallProgress
          ? [`${formatDate(cycle.review.date)}: progress ${OVERALL_PROGRESS_LABELS[cycle.review.overallProgress].toLowerCase()}.`]
          : [],
      ),
    },
    {
      heading: "Latest measurements",
      lines: [...latest.values()].map((m) => `${m.label}: ${m.value}${m.unit ? ` ${m.unit}` : ""} on ${formatDate(m.date)}.`),
    },
    {
      // How many of each kind, in the code list's order; each record is in the chronology.
      heading: "The school day",
      lines: SCHOOL_DAY_KINDS.flatMap((kind) => {
        const count = schoolDay.filter((record) => record.kind === kind).length;
        return count > 0 ? [`${SCHOOL_DAY_KIND_NAMES[kind]}: ${plural(count, "record")}.`] : [];
      }),
    },
  ];
  return sections.map((section) => (section.lines.length > 0 ? section : { ...section, lines: ["Nothing recorded."] }));
}
