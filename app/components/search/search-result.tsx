// One search result: what kind of record it is, its name and date, the matching passage with
// the matched words marked, and a link to the page that shows the record.
import { Link } from "react-router";
import { formatDate } from "~/domain/presentation";
import { HighlightedText } from "~/components/progress/diary-entry";
import { cycleName } from "~/components/support/cycle-name";
import { AREA_INFO, AREAS_OF_NEED, type AreaOfNeed } from "~/domain/areas-of-need";
import { PROFESSIONAL_ROLE_IN_SENTENCE } from "~/domain/codes/professionals";
import { MATCH_END, MATCH_START } from "~/domain/progress/search-marks";
import { SCHOOL_DAY_KIND_NAMES, SCHOOL_DAY_KINDS, type SchoolDayKind } from "~/domain/codes/school-day";
import { eventTypeLabel } from "~/domain/codes/statutory";
import {
  APPEAL_DATE_KIND_NAMES,
  APPEAL_DATE_KINDS,
  APPEAL_SECTION_LABELS,
  APPEAL_SECTIONS,
  APPEAL_TYPE_NAMES,
  APPEAL_TYPES,
  ORDER_KIND_NAMES,
  ORDER_KINDS,
  type AppealDateKind,
  type AppealSection,
  type AppealType,
  type OrderKind,
} from "~/domain/codes/tribunal";
import type { SearchHit, SearchKind } from "~/domain/search/search-hit";

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  document: "Document",
  diary_entry: "Diary entry",
  cycle: "Support plan",
  target: "Target",
  provision: "Support in a plan",
  delivery_session: "Session",
  review: "Review",
  measurement: "Progress result",
  adjustment: "Reasonable adjustment",
  need: "Need",
  diagnosis: "Diagnosis",
  professional: "Professional",
  referral: "Referral",
  report: "Report",
  recommendation: "Recommendation",
  meeting: "Meeting",
  meeting_action: "Meeting action",
  correspondence: "Letter or email",
  statutory_event: "Assessment and plan",
  school_day: "School day",
  appeal: "Tribunal appeal",
  appeal_date: "Tribunal date",
  appeal_order: "Tribunal order",
  appeal_proposal: "Working document",
  appeal_paragraph: "Witness statement",
};

const isArea = (value: string | null): value is AreaOfNeed => AREAS_OF_NEED.includes(value as AreaOfNeed);
const isSchoolDayKind = (value: string | null): value is SchoolDayKind => SCHOOL_DAY_KINDS.includes(value as SchoolDayKind);
const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string | null): value is T =>
    list.includes(value as T);
const isAppealType = isOneOf<AppealType>(APPEAL_TYPES);
const isAppealDateKind = isOneOf<AppealDateKind>(APPEAL_DATE_KINDS);
const isOrderKind = isOneOf<OrderKind>(ORDER_KINDS);
const isAppealSection = isOneOf<AppealSection>(APPEAL_SECTIONS);

/** The name a result is shown under: the record's own, or one made from what it belongs to. */
export function searchHitTitle(hit: SearchHit): string {
  const plan = hit.plan ? cycleName(hit.plan) : "a support plan";
  switch (hit.kind) {
    case "diary_entry":
      return hit.date ? `Home diary, ${formatDate(hit.date)}` : "Home diary";
    case "cycle":
      return plan;
    case "target":
      return `Target in ${plan}`;
    case "delivery_session":
      return `${hit.title ?? "Support"}: session${hit.date ? ` on ${formatDate(hit.date)}` : ""}`;
    case "review":
      return `Review of ${plan}`;
    case "need":
      return isArea(hit.parentId) ? AREA_INFO[hit.parentId].label : "Needs";
    case "referral":
      return `Referral to ${(PROFESSIONAL_ROLE_IN_SENTENCE as Record<string, string>)[hit.parentId ?? ""] ?? "a professional"}`;
    case "recommendation":
      return `Recommendation in ${hit.title ?? "a report"}`;
    case "meeting_action":
      return `Action from ${hit.title ?? "a meeting"}`;
    case "meeting":
      return hit.title ?? "Meeting";
    case "correspondence":
      return hit.title ?? "Letter or email";
    case "statutory_event":
      return eventTypeLabel(hit.title ?? "");
    case "school_day":
      return isSchoolDayKind(hit.title) ? SCHOOL_DAY_KIND_NAMES[hit.title] : SEARCH_KIND_LABELS.school_day;
    case "appeal":
      return isAppealType(hit.title) ? `Appeal: ${APPEAL_TYPE_NAMES[hit.title]}` : SEARCH_KIND_LABELS.appeal;
    case "appeal_date":
      return isAppealDateKind(hit.title) ? APPEAL_DATE_KIND_NAMES[hit.title] : (hit.title ?? SEARCH_KIND_LABELS.appeal_date);
    case "appeal_order":
      return isOrderKind(hit.title) ? `Tribunal order: ${ORDER_KIND_NAMES[hit.title]}` : SEARCH_KIND_LABELS.appeal_order;
    case "appeal_proposal":
      return isAppealSection(hit.title) ? `Working document: ${APPEAL_SECTION_LABELS[hit.title]}` : SEARCH_KIND_LABELS.appeal_proposal;
    case "appeal_paragraph":
      return hit.date ? `Witness statement: ${formatDate(hit.date)}` : SEARCH_KIND_LABELS.appeal_paragraph;
    default:
      return hit.title ?? SEARCH_KIND_LABELS[hit.kind];
  }
}

/**
 * The page that shows a result. Readers who may not change the case go to pages they may open:
 * the plan rather than its review form, the list of needs rather than one need's form.
 */
export function searchHitPath(caseId: string, hit: SearchHit, { canWrite, q }: { canWrite: boolean; q: string }): string {
  const base = `/cases/${caseId}`;
  const plan = `${base}/support/${hit.parentId ?? ""}`;
  switch (hit.kind) {
    case "document":
      return `${base}/documents/${hit.id}`;
    case "diary_entry":
      // The diary shows its newest entries; searching it for the same words brings this one up.
      return `${base}/diary?q=${encodeURIComponent(q)}#entry-${hit.id}`;
    case "cycle":
      return plan;
    case "target":
      return `${plan}/targets`;
    case "provision":
      return `${plan}/provision`;
    case "delivery_session":
      return `${plan}/delivery`;
    case "review":
      return canWrite ? `${plan}/review` : plan;
    case "measurement":
      return `${base}/progress`;
    case "adjustment":
      return `${base}/adjustments`;
    case "need":
      return canWrite && isArea(hit.parentId) ? `${base}/needs/${hit.parentId}` : `${base}/needs`;
    case "diagnosis":
      return `${base}/diagnoses`;
    case "professional":
    case "referral":
      return `${base}/professionals`;
    case "report":
    case "recommendation":
      return `${base}/reports/${hit.parentId ?? ""}`;
    case "meeting":
    case "meeting_action":
      return `${base}/meetings/${hit.parentId ?? ""}`;
    case "correspondence":
      return `${base}/correspondence`;
    case "statutory_event":
      return `${base}/statutory`;
    case "school_day":
      return `${base}/school-day/${hit.id}`;
    case "appeal":
    case "appeal_date":
      return `${base}/appeals/${hit.parentId ?? ""}`;
    case "appeal_order":
      return `${base}/appeals/${hit.parentId ?? ""}/order`;
    case "appeal_proposal":
      return `${base}/appeals/${hit.parentId ?? ""}/working-document`;
    case "appeal_paragraph":
      return `${base}/appeals/${hit.parentId ?? ""}/statement`;
  }
}

export function SearchResult({ hit, caseId, canWrite, q }: { hit: SearchHit; caseId: string; canWrite: boolean; q: string }) {
  const headingId = `result-${hit.kind}-${hit.id}`;
  return (
    <li className="search-result">
      <article aria-labelledby={headingId}>
        <p className="search-result__kind">
          {SEARCH_KIND_LABELS[hit.kind]}
          {hit.date ? (
            <>
              {" · "}
              <time dateTime={hit.date}>{formatDate(hit.date)}</time>
            </>
          ) : null}
        </p>
        <h2 className="search-result__title" id={headingId}>
          <Link to={searchHitPath(caseId, hit, { canWrite, q })}>{searchHitTitle(hit)}</Link>
        </h2>
        {hit.passage ? (
          <p className="search-result__passage">
            <HighlightedText text={hit.passage} start={MATCH_START} end={MATCH_END} />
          </p>
        ) : null}
      </article>
    </li>
  );
}
